package com.promisedesk.server;

import com.promisedesk.sync.wire.ErrorBody;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * What Jetty answers itself, before a request reaches an endpoint (a request line or
 * headers too large, bytes that are not HTTP, a failure while reading), in the protocol's
 * JSON error shape instead of Jetty's HTML page.
 */
final class JettyErrors extends ErrorHandler {

    JettyErrors() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message) throws IOException {
        baseRequest.setHandled(true);
        byte[] body = body(code);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The error body for {@code status}; Jetty's reason is left out, it may name Jetty's insides. */
    static byte[] body(int status) {
        String code;
        String message;
        switch (status) {
            case 404 -> {
                code = "not_found";
                message = ErrorBody.NO_ENDPOINT;
            }
            case 405 -> {
                code = "method_not_allowed";
                message = "that method is not allowed here";
            }
            case 413 -> {
                code = "too_large";
                message = "the request body is too large";
            }
            case 414 -> {
                code = "too_large";
                message = "the request's address is too long";
            }
            case 431 -> {
                code = "too_large";
                message = "the request's headers are too large";
            }
            case 503 -> {
                code = "busy";
                message = "the central store is busy; try again in a moment";
            }
            default -> {
                code = status >= 500 ? "internal" : "bad_request";
                message = status >= 500 ? "the central store failed to answer; see its log"
                        : "the request is not valid HTTP (status " + status + ")";
            }
        }
        return ("{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"field\":null}}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
