package org.shequ;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ShequApplication {

	public static void main(String[] args) {
		SpringApplication.run(ShequApplication.class, args);
	}

}
