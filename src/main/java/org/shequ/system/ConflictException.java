package org.shequ.system;

/** The request clashes with the current state (answered 409 or 422 as the status says). */
public class ConflictException extends RuntimeException {

	private final int status;

	public ConflictException(int status, String message) {
		super(message);
		this.status = status;
	}

	public int status() {
		return status;
	}

}
