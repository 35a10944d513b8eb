package org.shequ.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Like {@link ShequTest}, but with the generated demo history seeded, in an in-memory database of its
 * own (the other tests' database has no demo history, and their cases stay out of this one). Shared by
 * every test class that uses it. Those classes run in a JVM of their own (the pom's
 * {@code demo-history-tests} execution): the engine registry is static, and a second engine named
 * "default" in the same JVM would take engine-rest and the webapps over from {@link ShequTest}'s context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:shequ-demo-history;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
				"shequ.demo-history.enabled=true" })
@ActiveProfiles("test")
public @interface ShequDemoTest {

}
