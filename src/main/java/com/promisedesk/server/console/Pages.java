package com.promisedesk.server.console;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** Renders the console's templates; every page gets the layout's {@link Frame}. */
public final class Pages {

    private Pages() {
    }

    public static void render(Context ctx, int status, String template, Frame frame, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("frame", frame);
        ctx.status(status).contentType("text/html; charset=utf-8");
        ctx.render(template, all);
    }

    /** A plain page with a heading and one paragraph: refusals, failures, empty states. */
    public static void message(Context ctx, int status, Frame frame, String heading, String text) {
        render(ctx, status, "message.jte", frame, Map.of("heading", heading, "text", text));
    }
}
