package com.promisedesk.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.promisedesk.sync.wire.ErrorBody;
import com.promisedesk.sync.wire.Me;
import com.promisedesk.sync.wire.MilestonePushRequest;
import com.promisedesk.sync.wire.MilestonePushResponse;
import com.promisedesk.sync.wire.PublishRequest;
import com.promisedesk.sync.wire.PublishResponse;
import com.promisedesk.sync.wire.PullResponse;
import com.promisedesk.sync.wire.PushRequest;
import com.promisedesk.sync.wire.PushResponse;
import com.promisedesk.sync.wire.DecisionBody;
import com.promisedesk.sync.wire.ExceptionRequestState;
import com.promisedesk.sync.wire.RequestsPush;
import com.promisedesk.sync.wire.RequestsPushResponse;
import com.promisedesk.sync.wire.RevisionPushRequest;
import com.promisedesk.sync.wire.RevisionPushResponse;
import com.promisedesk.sync.wire.StoredMilestone;
import com.promisedesk.sync.wire.StoredRevision;
import com.promisedesk.sync.wire.WireJson;
import com.promisedesk.failure.FailureWords;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The central store's API over {@link HttpClient}. Every call either returns the
 * server's answer or throws a {@link SyncException} with one line saying why; the token
 * goes in the Authorization header only and into no message.
 */
public final class SyncClient {

    private final HttpClient http;
    private final ServerAddress server;
    private final String token;
    private final ObjectMapper json = WireJson.mapper();
    private final Duration timeout;
    private final AtomicLong bytesUp = new AtomicLong();
    private final AtomicLong bytesDown = new AtomicLong();
    private final AtomicLong readNanos = new AtomicLong();

    public SyncClient(HttpClient http, ServerAddress server, String token, Duration timeout) {
        this.http = http;
        this.server = server;
        this.token = token;
        this.timeout = timeout;
    }

    /** A client with its own HTTP client (system trust store for https, 10 s to connect). */
    public static SyncClient create(ServerAddress server, String token) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return new SyncClient(http, server, token, Duration.ofSeconds(120));
    }

    public ServerAddress server() {
        return server;
    }

    public Me me() throws SyncException {
        return send(get("/v1/me"), Me.class);
    }

    public PushResponse push(PushRequest request) throws SyncException {
        return send(post("/v1/push", request), PushResponse.class);
    }

    public PullResponse pull(long since, int limit) throws SyncException {
        // history=1: this version takes revisions, milestones and delivery marks down too (decision 0025).
        return send(get("/v1/pull?since=" + since + "&limit=" + limit + "&history=1"), PullResponse.class);
    }

    public PublishResponse publish(String fileName, String source) throws SyncException {
        return send(post("/v1/catalog", new PublishRequest(fileName, source)), PublishResponse.class);
    }

    /** The exception requests the approver's role still has to decide. */
    public List<ExceptionRequestState> requests() throws SyncException {
        return List.of(send(get("/v1/requests"), ExceptionRequestState[].class));
    }

    /** Sends a rep's new exception requests; a retry with the same ids applies once. */
    public RequestsPushResponse pushRequests(RequestsPush request) throws SyncException {
        return send(post("/v1/requests", request), RequestsPushResponse.class);
    }

    /** The approver's role decides a request; the answer is the request as it stands after. */
    public ExceptionRequestState decide(UUID requestId, DecisionBody decision) throws SyncException {
        return send(post("/v1/requests/" + requestId + "/decision", decision), ExceptionRequestState.class);
    }

    public RevisionPushResponse pushRevisions(RevisionPushRequest request) throws SyncException {
        return send(post("/v1/revisions", request), RevisionPushResponse.class);
    }

    /** What the central store holds of a promise's revisions (without their content). */
    public List<StoredRevision> revisions(UUID promiseId) throws SyncException {
        return List.of(send(get("/v1/revisions?promise=" + promiseId), StoredRevision[].class));
    }

    public MilestonePushResponse pushMilestones(MilestonePushRequest request) throws SyncException {
        return send(post("/v1/milestones", request), MilestonePushResponse.class);
    }

    public com.promisedesk.sync.wire.DeliveryPushResponse pushDeliveries(com.promisedesk.sync.wire.DeliveryPushRequest request)
            throws SyncException {
        return send(post("/v1/deliveries", request), com.promisedesk.sync.wire.DeliveryPushResponse.class);
    }

    public com.promisedesk.sync.wire.DeliveryPushResponse pushNotices(com.promisedesk.sync.wire.NoticePushRequest request)
            throws SyncException {
        return send(post("/v1/notices", request), com.promisedesk.sync.wire.DeliveryPushResponse.class);
    }

    /** The current state of a promise's milestones on the central store. */
    public List<StoredMilestone> milestones(UUID promiseId) throws SyncException {
        return List.of(send(get("/v1/milestones?promise=" + promiseId), StoredMilestone[].class));
    }

    /** Bytes sent in request bodies so far. */
    public long bytesUp() {
        return bytesUp.get();
    }

    /** Bytes received in response bodies so far. */
    public long bytesDown() {
        return bytesDown.get();
    }

    /** Time spent so far turning received answers into objects (JSON parsing on this device). */
    public long readNanos() {
        return readNanos.get();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.resolve(path)).timeout(timeout)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest post(String path, Object body) throws SyncException {
        try {
            byte[] bytes = json.writeValueAsBytes(body);
            bytesUp.addAndGet(bytes.length);
            return request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        } catch (IOException e) {
            throw new SyncException(0, "client", "could not write the request: " + FailureWords.why(e), e);
        }
    }

    private <T> T send(HttpRequest request, Class<T> type) throws SyncException {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new SyncException(0, "network", "could not reach the central store at " + server + ": "
                    + FailureWords.why(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException(0, "network", "sync was interrupted", e);
        }
        byte[] body = response.body();
        bytesDown.addAndGet(body.length);
        if (response.statusCode() != 200) {
            throw failure(response.statusCode(), body, request.uri());
        }
        long started = System.nanoTime();
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new SyncException(0, "network", "the central store at " + server + " sent an answer that could not be"
                    + " read (not the JSON PromiseDesk speaks); is it a PromiseDesk server?", e);
        } finally {
            readNanos.addAndGet(System.nanoTime() - started);
        }
    }

    private SyncException failure(int status, byte[] body, URI asked) {
        String message;
        String code;
        try {
            ErrorBody.Detail detail = json.readValue(body, ErrorBody.class).error();
            code = detail.code();
            message = detail.message();
        } catch (IOException | NullPointerException e) {
            code = "http_" + status;
            message = "HTTP " + status;
        }
        if (status == 404 && ("http_404".equals(code) || ErrorBody.NO_ENDPOINT.equals(message))) {
            // Not the answer of an endpoint about a missing thing: the address does not lead to the central store.
            return new SyncException(status, SyncException.WRONG_ADDRESS, "the central store at " + server
                    + " answered 'not found' at " + asked.getRawPath() + ": is the address the central store's,"
                    + " e.g. http://host:8420 ?", null);
        }
        String why = switch (status) {
            case 401 -> ErrorBody.TOKEN_REVOKED.equals(code)
                    ? "the central store refused the token: it was revoked; ask for a new one"
                    : "the central store refused the token (unknown or revoked); ask for a new one";
            case 403 -> "the central store says this token may not do that: " + message;
            default -> "the central store answered " + status + ": " + message;
        };
        return new SyncException(status, code, why, null);
    }
}
