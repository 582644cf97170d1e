package com.promisedesk.sync;

import static com.promisedesk.sync.SyncPromises.promise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promisedesk.domain.ExceptionRequest;
import com.promisedesk.domain.ExceptionRequest.Decision;
import com.promisedesk.domain.Promise;
import com.promisedesk.sync.wire.DecisionBody;
import com.promisedesk.sync.wire.NewRequest;
import com.promisedesk.sync.wire.ExceptionRequestState;
import com.promisedesk.sync.wire.RequestedLine;
import com.promisedesk.sync.wire.RequestsPush;
import com.promisedesk.sync.wire.RequestsPushResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Exception requests from a rep's device to the approvers of their tier and back; part of the sync suite. */
abstract class RequestScenarios extends SyncScenarios {

    private static final List<String> TIER_2 = List.of("sales-lead", "product");

    @Test
    void aRequestReachesTheApproversOfItsTierAndTheirDecisionsComeBackToTheRep() throws Exception {
        Device anna = device("anna", central.token("anna", "rep"));
        SyncClient lena = device("lena", central.token("lena", "approver:sales-lead")).client();
        SyncClient pat = device("pat", central.token("pat", "approver:product")).client();
        SyncClient eve = device("eve", central.token("eve", "approver:engineering")).client();
        Promise p = promise("Northwind Traders", "Fleet analytics rollout");
        anna.save(p);
        ExceptionRequest onboarding = anna.store().requests().request(p.id(), 0, 2, TIER_2, "Go-live before the freeze");
        ExceptionRequest support = anna.store().requests().request(p.id(), 1, 1, List.of("sales-lead"), "24/7 fleet");

        SyncRound.Summary first = anna.sync();
        assertThat(first.pushed()).isEqualTo(3);
        assertThat(anna.store().requests().pendingCount()).isZero();

        assertThat(eve.requests()).isEmpty();
        List<ExceptionRequestState> forLena = lena.requests();
        assertThat(forLena).extracting(ExceptionRequestState::id).containsExactlyInAnyOrder(onboarding.id(), support.id());
        ExceptionRequestState seen = forLena.stream().filter(r -> r.id().equals(onboarding.id())).findFirst().orElseThrow();
        assertThat(seen.rep()).isEqualTo("anna");
        assertThat(seen.customer()).isEqualTo("Northwind Traders");
        assertThat(seen.title()).isEqualTo("Fleet analytics rollout");
        assertThat(seen.line()).isZero();
        assertThat(seen.tier()).isEqualTo(2);
        assertThat(seen.reason()).isEqualTo("Go-live before the freeze");
        assertThat(seen.requested().capability()).isEqualTo("ONB-STD");
        assertThat(seen.requested().date()).isEqualTo(p.lines().get(0).date());
        assertThat(pat.requests()).extracting(ExceptionRequestState::id).containsExactly(onboarding.id());

        // Nobody outside the request's roles decides it (to them it is not there), and the rep does not decide at all.
        assertThatThrownBy(() -> eve.decide(onboarding.id(), new DecisionBody("APPROVED", null)))
                .isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> anna.client().decide(onboarding.id(), new DecisionBody("APPROVED", null)))
                .isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> lena.decide(UUID.randomUUID(), new DecisionBody("APPROVED", null)))
                .isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.status()).isEqualTo(404));

        ExceptionRequestState afterLena = lena.decide(onboarding.id(), new DecisionBody("APPROVED", "Fine for Q1"));
        assertThat(afterLena.status()).isEqualTo("PENDING");
        assertThat(afterLena.waitingFor()).containsExactly("product");
        assertThatThrownBy(() -> lena.decide(onboarding.id(), new DecisionBody("REJECTED", "Changed my mind")))
                .isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(lena.requests()).extracting(ExceptionRequestState::id).containsExactly(support.id());
        assertThat(lena.decide(support.id(), new DecisionBody("REJECTED", "Premium support is sold out")).status())
                .isEqualTo("REJECTED");

        anna.sync();
        ExceptionRequest halfway = anna.store().requests().latest(p.id(), 0).orElseThrow();
        assertThat(halfway.status()).isEqualTo(Decision.PENDING);
        assertThat(halfway.decisions()).extracting(ExceptionRequest.RoleDecision::approver).containsExactly("lena");
        assertThat(halfway.waitingFor()).containsExactly("product");

        assertThat(pat.decide(onboarding.id(), new DecisionBody("APPROVED", null)).status()).isEqualTo("APPROVED");
        anna.sync();
        ExceptionRequest approved = anna.store().requests().latest(p.id(), 0).orElseThrow();
        assertThat(approved.status()).isEqualTo(Decision.APPROVED);
        assertThat(approved.decisions()).extracting(d -> d.role() + ":" + d.approver() + ":" + d.note())
                .containsExactly("sales-lead:lena:Fine for Q1", "product:pat:null");
        ExceptionRequest rejected = anna.store().requests().latest(p.id(), 1).orElseThrow();
        assertThat(rejected.status()).isEqualTo(Decision.REJECTED);
        assertThat(rejected.decisions().get(0).note()).isEqualTo("Premium support is sold out");
        assertThat(pat.requests()).isEmpty();
        assertThat(central.count("SELECT count(*) FROM exception_decision")).isEqualTo(3);
        // A second device of the rep gets the requests and their decisions too.
        Device tablet = device("tablet", central.token("anna", "rep"));
        tablet.sync();
        assertThat(tablet.store().requests().forPromise(p.id())).extracting(ExceptionRequest::status)
                .containsExactlyInAnyOrder(Decision.APPROVED, Decision.REJECTED);
    }

    @Test
    void aRequestPushRetriedAfterALostAnswerAppliesOnce() throws Exception {
        Device anna = device("anna", central.token("anna", "rep"));
        Promise p = promise("Baltic Freight", "Telematics");
        anna.save(p);
        anna.sync();
        ExceptionRequest r = anna.store().requests().request(p.id(), 0, 2, TIER_2, "Depot opens early");
        RequestsPush push = pushOf(r);
        assertThat(anna.client().pushRequests(push).results()).extracting(RequestsPushResponse.Result::outcome)
                .containsExactly(RequestsPushResponse.APPLIED);
        assertThat(anna.client().pushRequests(push).results()).extracting(RequestsPushResponse.Result::outcome)
                .containsExactly(RequestsPushResponse.DUPLICATE);
        // The answers were lost: the next round sends it once more, and it is still one request.
        assertThat(anna.sync().pushed()).isEqualTo(1);
        assertThat(central.count("SELECT count(*) FROM exception_request")).isEqualTo(1);
        assertThat(anna.store().requests().pendingCount()).isZero();
    }

    @Test
    void aRepCannotRequestOnAnotherRepsPromiseAndThePublishedPolicyNamesTheApprovers() throws Exception {
        publishSampleCatalog();
        Device anna = device("anna", central.token("anna", "rep"));
        Device bert = device("bert", central.token("bert", "rep"));
        Promise annas = promise("Northwind Traders", "Fleet analytics rollout");
        anna.save(annas);
        ExceptionRequest hers = anna.store().requests().request(annas.id(), 0, 2, List.of("executive"), "Urgent");
        anna.sync();
        assertThat(anna.store().requests().latest(annas.id(), 0).orElseThrow().approvers()).isEqualTo(TIER_2);

        NewRequest onHers = new NewRequest(UUID.randomUUID(), annas.id(), 0, new RequestedLine("ONB-STD", null, 1,
                null, Map.of()), 1, List.of("sales-lead"), "Taking over", java.time.Instant.now());
        // Anna's promise is, to Bert, one that is not there.
        assertThatThrownBy(() -> bert.client().pushRequests(new RequestsPush(List.of(onHers))))
                .isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> bert.client().pushRequests(pushOf(hers)))
                .isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.status()).isEqualTo(400));
        NewRequest unknown = new NewRequest(UUID.randomUUID(), UUID.randomUUID(), 0, onHers.requested(), 1,
                List.of("sales-lead"), "No such promise", java.time.Instant.now());
        assertThatThrownBy(() -> bert.client().pushRequests(new RequestsPush(List.of(unknown))))
                .isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThat(central.count("SELECT count(*) FROM exception_request")).isEqualTo(1);
        bert.sync();
        assertThat(bert.store().requests().all()).isEmpty();
    }

    @Test
    void badDecisionsGet400NamingTheFieldAndChangeNothing() throws Exception {
        Device anna = device("anna", central.token("anna", "rep"));
        String lena = central.token("lena", "approver:sales-lead");
        Promise p = promise("Baltic Freight", "Telematics");
        anna.save(p);
        ExceptionRequest r = anna.store().requests().request(p.id(), 0, 1, List.of("sales-lead"), "Depot opens early");
        anna.sync();
        var http = java.net.http.HttpClient.newHttpClient();
        String[][] cases = {{r.id().toString(), "{\"decision\":\"MAYBE\"}", "decision"},
            {r.id().toString(), "{\"decision\":\"REJECTED\"}", "note"},
            {r.id().toString(), "{\"decision\":\"APPROVED\",\"note\":" + "[1]}", "note"},
            {r.id().toString(), "[]", "body"}, {"'; DROP TABLE exception_request; --", "{\"decision\":\"APPROVED\"}", "id"}};
        for (String[] c : cases) {
            var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(central.url()
                            + "/v1/requests/" + java.net.URLEncoder.encode(c[0], java.nio.charset.StandardCharsets.UTF_8)
                            + "/decision")).header("Authorization", "Bearer " + lena)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(c[1])).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(c[1]).isEqualTo(400);
            assertThat(response.body()).as(c[1]).contains("\"field\":\"" + c[2] + "\"");
        }
        assertThat(central.count("SELECT count(*) FROM exception_decision")).isZero();
        assertThat(central.count("SELECT count(*) FROM exception_request WHERE status = 'PENDING'")).isEqualTo(1);
    }

    private static RequestsPush pushOf(ExceptionRequest r) {
        var line = r.requested();
        return new RequestsPush(List.of(new NewRequest(r.id(), r.promiseId(), r.line(), new RequestedLine(
                line.capability(), line.bespoke(), line.quantity(), line.date(), line.terms()), r.tier(), r.approvers(),
                r.reason(), r.requestedAt())));
    }
}
