package com.promisedesk.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Malformed and hostile request bodies, made from a seed so a failure can be replayed. */
final class HostileBodies {

    /** One request to send: method, path, body (null for none) and whether the catalog owner sends it (else a rep). */
    record Request(String method, String path, String body, boolean asOwner, String what) {
    }

    private static final String[] INJECTIONS = {"'; DROP TABLE promise; --", "\" OR 1=1 --", "<script>alert(1)</script>",
        "${jndi:ldap://127.0.0.1/x}", "../../etc/passwd", "\u0000", "Robert'); DELETE FROM api_token;--",
        "{{7*7}}", "%00%27", "\uD800"};

    private HostileBodies() {
    }

    static List<Request> make(long seed, int count, String validPush) {
        Random random = new Random(seed);
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            requests.add(switch (i % 12) {
                case 10 -> new Request("POST", "/v1/requests", exceptionRequest(random, promiseIdOf(validPush)), false,
                        "bad exception request");
                case 11 -> new Request("POST", "/v1/requests/" + (random.nextBoolean() ? encode(pick(random))
                        : java.util.UUID.randomUUID()) + "/decision", "{\"decision\":\"APPROVED\"}", false,
                        "a rep deciding");
                case 0 -> push("truncated", validPush.substring(0, random.nextInt(validPush.length() - 1)));
                case 1 -> push("wrong type", wrongType(random, validPush));
                case 2 -> push("deep nesting", "[".repeat(50 + random.nextInt(5_000)) + "]".repeat(random.nextInt(3)));
                case 3 -> push("injection as id", validPush.replaceFirst("\"changeId\":\"[^\"]+\"",
                        safe("\"changeId\":" + quoted(pick(random)))));
                case 4 -> push("injection as version", validPush.replaceFirst("\"baseVersion\":0",
                        safe("\"baseVersion\":" + quoted(pick(random)))));
                case 5 -> new Request("GET", "/v1/pull?since=" + encode(pick(random)) + "&limit=10", null, false,
                        "injection as cursor");
                case 6 -> push("huge string", validPush.replaceFirst("\"title\":\"[^\"]*\"",
                        "\"title\":\"" + "x".repeat(300_000 + random.nextInt(100_000)) + "\""));
                case 7 -> push("not JSON", garbage(random));
                case 8 -> new Request("POST", "/v1/catalog", catalogBody(random), true, "bad catalog");
                default -> push("bad promise field", badPromise(random, validPush));
            });
        }
        return requests;
    }

    /** Bodies for POST /v1/revisions and /v1/milestones, mutated from one valid body of each. */
    static List<Request> records(long seed, int count, String validRevisions, String validMilestones) {
        Random random = new Random(seed);
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean revision = i % 2 == 0;
            String valid = revision ? validRevisions : validMilestones;
            String path = revision ? "/v1/revisions" : "/v1/milestones";
            String body = switch (i / 2 % 8) {
                case 0 -> valid.substring(0, random.nextInt(valid.length() - 1));
                case 1 -> valid.replaceFirst("\"changeId\":\"[^\"]+\"", safe("\"changeId\":" + quoted(pick(random))));
                case 2 -> valid.replaceFirst(revision ? "\"number\":1" : "\"position\":1",
                        (revision ? "\"number\":" : "\"position\":") + List.of("0", "-3", "\"1\"", "1.5", "99999999999")
                                .get(random.nextInt(5)));
                case 3 -> revision ? valid.replaceFirst("\"content\":\"[^\"]+\"", safe("\"content\":" + quoted(pick(random))))
                        : valid.replaceFirst("\"due\":\"[^\"]+\"", safe("\"due\":" + quoted(pick(random))));
                case 4 -> revision ? valid.replaceFirst("\"sha256\":\"[0-9a-f]+\"", "\"sha256\":\""
                        + String.format("%064x", new java.math.BigInteger(250, random)) + "\"")
                        : valid.replaceFirst("\"done\":(true|false)", "\"done\":\"yes\"");
                case 5 -> revision ? valid.replaceFirst("\"format\":\"[^\"]+\"", safe("\"format\":" + quoted(pick(random))))
                        : valid.replaceFirst("\"text\":\"[^\"]*\"", "\"text\":\"" + "x".repeat(2_001 + random.nextInt(9_000))
                        + "\"");
                case 6 -> valid.replaceFirst("\"promiseId\":\"[^\"]+\"", "\"promiseId\":\"" + java.util.UUID.randomUUID() + "\"");
                default -> garbage(random);
            };
            requests.add(new Request("POST", path, body, false, (revision ? "revision" : "milestone") + " mutation "
                    + (i / 2 % 8)));
        }
        return requests;
    }

    private static Request push(String what, String body) {
        return new Request("POST", "/v1/push", body, false, what);
    }

    /** A replacement text taken literally ($ and backslashes included). */
    private static String safe(String replacement) {
        return java.util.regex.Matcher.quoteReplacement(replacement);
    }

    private static String pick(Random random) {
        return INJECTIONS[random.nextInt(INJECTIONS.length)];
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\u0000")
                .replace("\uD800", "\\ud800") + "\"";
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String wrongType(Random random, String valid) {
        return switch (random.nextInt(6)) {
            case 0 -> valid.replaceFirst("\"changes\":\\[", "\"changes\":{\"a\":[") .replaceFirst("]}$", "]}}");
            case 1 -> valid.replaceFirst("\"baseVersion\":0", "\"baseVersion\":\"zero\"");
            case 2 -> valid.replaceFirst("\"baseVersion\":0", "\"baseVersion\":-" + (1 + random.nextInt(1000)));
            case 3 -> valid.replaceFirst("\"promise\":\\{", "\"promise\":[{").replaceFirst("}]}$", "}]}]}");
            case 4 -> "{\"changes\":" + random.nextInt() + "}";
            default -> valid.replaceFirst("\"promiseId\":\"[^\"]+\"", "\"promiseId\":" + random.nextDouble());
        };
    }

    private static String garbage(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> "";
            case 1 -> "null";
            case 2 -> "[]";
            case 3 -> "{\"changes\":[]}";
            case 4 -> "{\"changes\":[{}]} trailing";
            default -> {
                byte[] bytes = new byte[1 + random.nextInt(200)];
                random.nextBytes(bytes);
                yield new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
        };
    }

    private static String badPromise(Random random, String valid) {
        return switch (random.nextInt(5)) {
            case 0 -> valid.replaceFirst("\"status\":\"DRAFT\"", safe("\"status\":" + quoted(pick(random))));
            case 1 -> valid.replaceFirst("\"start\":\"[^\"]+\"", "\"start\":\"2026-02-30\"");
            case 2 -> valid.replaceFirst("\"quantity\":1", "\"quantity\":-" + (1 + random.nextInt(9)));
            case 3 -> valid.replaceFirst("\"title\":\"[^\"]*\"", "\"title\":" + random.nextInt());
            default -> valid.replaceFirst("\"lines\":\\[0\\]", "\"lines\":[" + (5 + random.nextInt(50)) + "]");
        };
    }

    private static String promiseIdOf(String validPush) {
        var match = java.util.regex.Pattern.compile("\"promiseId\":\"([^\"]+)\"").matcher(validPush);
        return match.find() ? match.group(1) : java.util.UUID.randomUUID().toString();
    }

    /** A request for the kept promise, valid but for one field. */
    private static String exceptionRequest(Random random, String promiseId) {
        String line = "{\"capability\":\"ONB-STD\",\"quantity\":1,\"date\":\"2026-12-15\"}";
        String[] fields = {"\"id\":\"" + java.util.UUID.randomUUID() + "\"", "\"promiseId\":\"" + promiseId + "\"",
            "\"line\":0", "\"requested\":" + line, "\"tier\":2", "\"approvers\":[\"sales-lead\"]",
            "\"reason\":\"Go-live\"", "\"requestedAt\":\"2026-11-23T10:00:00Z\""};
        int at = random.nextInt(fields.length);
        String name = fields[at].substring(0, fields[at].indexOf(':'));
        fields[at] = switch (random.nextInt(5)) {
            // Any text is a fine reason, so a hostile one is one too long to read aloud.
            case 0 -> name + ":" + quoted(name.equals("\"reason\"") ? "x".repeat(2_001) : pick(random));
            case 1 -> name + ":" + random.nextInt(-5, 0);
            case 2 -> name + ":null";
            case 3 -> name + ":[" + quoted(pick(random)) + "]";
            default -> name + ":{\"capability\":\"ONB-STD\",\"bespoke\":\"both\",\"quantity\":1}";
        };
        return "{\"requests\":[{" + String.join(",", fields) + "}]}";
    }

    private static String catalogBody(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> "{\"fileName\":\"c.yaml\",\"source\":" + quoted(pick(random)) + "}";
            case 1 -> "{\"fileName\":\"c.yaml\",\"source\":\"catalog:\\n  version: [\"}";
            case 2 -> "{\"fileName\":" + random.nextInt() + ",\"source\":\"x\"}";
            default -> "{\"source\":\"catalog: {}\"}";
        };
    }
}
