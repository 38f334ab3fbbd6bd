package id.go.bpjsketenagakerjaan.pmi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server's CPU goes during a round: a JDK Flight Recorder recording started and dumped with jcmd, read
 * back here as execution samples. Printed beside the table so each slow row comes with its profile.
 */
final class Profile {

    /** Layers by package, first match wins; a sample counts for the layer of its topmost frame. */
    private static final Map<String, String> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("org.h2.", "H2 (database)");
        LAYERS.put("org.eclipse.persistence.", "EclipseLink (JPA)");
        LAYERS.put("com.sun.faces.", "Faces (Mojarra)");
        LAYERS.put("jakarta.faces.", "Faces (Mojarra)");
        LAYERS.put("org.primefaces.", "PrimeFaces");
        LAYERS.put("org.omnifaces.", "OmniFaces");
        LAYERS.put("id.go.", "application");
        LAYERS.put("org.glassfish.grizzly.", "Grizzly (HTTP)");
        LAYERS.put("org.glassfish.", "Payara / GlassFish");
        LAYERS.put("fish.payara.", "Payara / GlassFish");
        LAYERS.put("com.hazelcast.", "Hazelcast");
        LAYERS.put("org.jboss.weld.", "Weld (CDI)");
        LAYERS.put("java.", "JDK");
        LAYERS.put("javax.", "JDK");
        LAYERS.put("jdk.", "JDK");
        LAYERS.put("sun.", "JDK");
    }

    private Profile() {
    }

    static void start(Process server, String name) throws IOException, InterruptedException {
        jcmd(server, "JFR.start", "name=" + name, "settings=profile");
    }

    static Path stop(Process server, String name, Path file) throws IOException, InterruptedException {
        jcmd(server, "JFR.dump", "name=" + name, "filename=" + file);
        jcmd(server, "JFR.stop", "name=" + name);
        return file;
    }

    /**
     * Lines of a summary: share of samples per layer (by the frame on top), then the application methods most often
     * on the stack (inclusive), with the application method nearest the top when H2 or EclipseLink is running.
     */
    static List<String> summary(Path file, int top) throws IOException {
        Map<String, Integer> layers = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> waitingOnDatabase = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            String topLayer = layer(className(frames.get(0)));
            layers.merge(topLayer, 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            String nearestApplication = null;
            for (RecordedFrame frame : frames) {
                String type = className(frame);
                if (type.startsWith("id.go.")) {
                    String method = type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
                    if (seen.add(method)) {
                        inclusive.merge(method, 1, Integer::sum);
                    }
                    if (nearestApplication == null) {
                        nearestApplication = method;
                    }
                }
            }
            if (nearestApplication != null && (topLayer.startsWith("H2") || topLayer.startsWith("EclipseLink"))) {
                waitingOnDatabase.merge(nearestApplication, 1, Integer::sum);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(samples + " CPU samples");
        lines.add("on top: " + shares(layers, samples, top));
        lines.add("application methods on the stack: " + shares(inclusive, samples, top));
        lines.add("application methods under H2/EclipseLink on top: " + shares(waitingOnDatabase, samples, top));
        return lines;
    }

    private static String shares(Map<String, Integer> counts, int samples, int top) {
        if (samples == 0) {
            return "-";
        }
        return String.join(", ", counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .map(e -> e.getKey() + " " + Math.round(100.0 * e.getValue() / samples) + " %").toList());
    }

    private static String className(RecordedFrame frame) {
        return frame.getMethod() == null || frame.getMethod().getType() == null ? "?" : frame.getMethod().getType().getName();
    }

    private static String layer(String type) {
        return LAYERS.entrySet().stream().filter(e -> type.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("other");
    }

    private static void jcmd(Process server, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("jcmd", String.valueOf(server.pid())));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IOException(String.join(" ", line) + " failed: " + out);
        }
    }
}
