package org.shequ.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A grid (网格) of a community with its responsible grid worker. */
@Entity
@Table(name = "grid")
public class Grid {

	@Id
	private String id;

	@Column(name = "community_id")
	private String communityId;

	private String name;

	@Column(name = "worker_id")
	private String workerId;

	protected Grid() {
	}

	public Grid(String id, String communityId, String name) {
		this.id = id;
		this.communityId = communityId;
		this.name = name;
	}

	public String getId() {
		return id;
	}

	public String getCommunityId() {
		return communityId;
	}

	public String getName() {
		return name;
	}

	public String getWorkerId() {
		return workerId;
	}

	public void setWorkerId(String workerId) {
		this.workerId = workerId;
	}

}
