package org.shequ.community;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A neighbourhood committee (社区): {@code id} is also the Camunda group of its staff. */
@Entity
@Table(name = "community")
public class Community {

	@Id
	private String id;

	private String code;

	private String name;

	protected Community() {
	}

	public Community(String id, String code, String name) {
		this.id = id;
		this.code = code;
		this.name = name;
	}

	public String getId() {
		return id;
	}

	/** Three capital letters that start every tracking number of the community, e.g. JFQ. */
	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

}
