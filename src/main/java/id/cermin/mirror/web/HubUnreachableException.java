package id.cermin.mirror.web;

import jakarta.ejb.ApplicationException;

/**
 * The hub's database cannot be reached (it does not answer, or this node has none): the
 * button, the check and the repair need both sides, so they stop here and the page says
 * so in plain words. Reaches the caller as it is, not wrapped by the container.
 */
@ApplicationException
public class HubUnreachableException extends RuntimeException {

    public HubUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
