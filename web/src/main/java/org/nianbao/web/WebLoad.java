package org.nianbao.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A bounded load measurement of a service on this machine's loopback: {@code concurrency} clients
 * upload the same report to {@code POST /api/check} at once, {@code rounds} times, and the latency
 * of every upload is recorded. Never sends to any other address.
 */
public final class WebLoad {
    private WebLoad() {
    }

    /** Latencies of one concurrency level (milliseconds, sorted), failures and wall time. */
    public record Result(int concurrency, List<Double> latenciesMs, int failures, double wallSeconds) {
        public double percentile(double p) {
            if (latenciesMs.isEmpty()) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * latenciesMs.size()) - 1;
            return latenciesMs.get(Math.max(0, Math.min(latenciesMs.size() - 1, i)));
        }

        public double throughput() {
            return latenciesMs.size() / wallSeconds;
        }
    }

    public static Result run(int port, String fileName, byte[] report, int concurrency, int rounds) throws Exception {
        byte[] body;
        String boundary = "----nianbaoLoad" + System.nanoTime();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        b.write(report);
        b.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        body = b.toByteArray();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/check");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(4)).build();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        List<Double> lat = Collections.synchronizedList(new ArrayList<>());
        int failures = 0;
        long t0 = System.nanoTime();
        try {
            for (int round = 0; round < rounds; round++) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Double>> fs = new ArrayList<>();
                for (int i = 0; i < concurrency; i++) {
                    fs.add(clients.submit(() -> {
                        go.await();
                        long s = System.nanoTime();
                        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            throw new IOException("HTTP " + r.statusCode());
                        }
                        return (System.nanoTime() - s) / 1e6;
                    }));
                }
                go.countDown();
                for (Future<Double> f : fs) {
                    try {
                        lat.add(f.get(180, TimeUnit.SECONDS));
                    } catch (Exception e) {
                        failures++;
                    }
                }
            }
        } finally {
            clients.shutdownNow();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        List<Double> sorted = new ArrayList<>(lat);
        Collections.sort(sorted);
        return new Result(concurrency, sorted, failures, wall);
    }
}
