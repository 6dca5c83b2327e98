package io.frontdoor.deploy;

import io.frontdoor.deploy.ServiceProcess.Service;
import io.frontdoor.deploy.load.QueueWatch;
import java.net.URI;
import java.net.http.HttpRequest;

/** The live queue ({@link QueueWatch}) of the running platform's projection, or of one projection instance. */
final class QueueEvents {

    private QueueEvents() {
    }

    static QueueWatch subscribe() throws Exception {
        return QueueWatch.subscribe(RunningPlatform.HTTP,
                RunningPlatform.request(Service.PROJECTION, "GET", "/api/queue/stream", null, RunningPlatform.PRACTITIONER));
    }

    /** The live queue of one projection instance, as the holder of {@code token} sees it. */
    static QueueWatch subscribe(String projectionUrl, String token) throws Exception {
        return QueueWatch.subscribe(RunningPlatform.HTTP,
                HttpRequest.newBuilder(URI.create(projectionUrl + "/api/queue/stream")).header("Authorization", "Bearer " + token));
    }
}
