package dev.webhookinspector.sandbox;

/** What the simulator's receiver does instead of verifying and accepting a delivery, switched by tests and the demo. */
public enum ReceiverFault {
    /** Verifies the signature as the provider's docs say and answers 200, or 401 when it does not verify. */
    NONE,
    /** Answers after 40 seconds: longer than any provider waits. */
    SLOW,
    /** 422 with a JSON error, as a receiver that rejects the payload's shape. */
    CLIENT_ERROR,
    /** 502 with an HTML page, as a proxy in front of a crashed app. */
    SERVER_ERROR,
    /** Verifies with another secret than the webhook's, so every delivery fails with 401. */
    WRONG_SECRET
}
