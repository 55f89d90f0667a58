package vn.motcua.shared;

/** A client went over a public endpoint's rate limit; answered 429 with a message to wait. */
public class TooManyRequestsException extends InvalidRequestException {

	public TooManyRequestsException() {
		super("problem.too-many-requests");
	}
}
