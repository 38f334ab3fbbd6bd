package id.go.bpjsketenagakerjaan.pmi.ui.shared;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code <p:chart value="...">} (PrimeFaces 15 takes the configuration as
 * JSON and draws it with the Chart.js it serves itself: no CDN). Built with JSON-P, so labels are escaped.
 */
public final class ChartJson {

    /** Colours that stay apart for colour-blind viewers (Okabe–Ito), then the brand blue. */
    public static final List<String> PALETTE = List.of("#0b5394", "#e69f00", "#009e73", "#cc79a7", "#56b4e9",
            "#d55e00", "#f0e442", "#000000", "#999999", "#7b3294");

    /**
     * Every {@code Json.createXxx} call looks the JSON-P provider up again through the ServiceLoader; under load that
     * lookup was most of the dashboard's time (JFR, stop 16), so the builders come from one factory.
     */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    /** One series of numbers. */
    public record Series(String label, List<? extends Number> values, String color) {
    }

    private ChartJson() {
    }

    public static String bar(List<String> labels, List<Series> series, boolean horizontal, boolean stacked) {
        JsonObjectBuilder scales = JSON.createObjectBuilder()
                .add("x", JSON.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true))
                .add("y", JSON.createObjectBuilder().add("stacked", stacked).add("beginAtZero", true));
        JsonObjectBuilder options = options(series.size() > 1).add("scales", scales);
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return config("bar", labels, series, false).add("options", options).build().toString();
    }

    /** A line whose axis runs from 0 to 100 (percentages). */
    public static String percentLine(List<String> labels, Series series) {
        JsonObjectBuilder scales = JSON.createObjectBuilder()
                .add("y", JSON.createObjectBuilder().add("min", 0).add("max", 100));
        return config("line", labels, List.of(series), false).add("options", options(false).add("scales", scales))
                .build().toString();
    }

    /** A doughnut: one value per label, each in its own colour. */
    public static String doughnut(List<String> labels, List<? extends Number> values) {
        return config("doughnut", labels, List.of(new Series("", values, null)), true)
                .add("options", options(true)).build().toString();
    }

    private static JsonObjectBuilder config(String type, List<String> labels, List<Series> series, boolean colourPerValue) {
        JsonArrayBuilder labelArray = JSON.createArrayBuilder();
        labels.forEach(label -> labelArray.add(label == null ? "-" : label));
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        for (int s = 0; s < series.size(); s++) {
            Series one = series.get(s);
            JsonArrayBuilder data = JSON.createArrayBuilder();
            one.values().forEach(value -> {
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(new java.math.BigDecimal(value.toString()));
                }
            });
            JsonObjectBuilder dataset = JSON.createObjectBuilder().add("label", one.label() == null ? "" : one.label()).add("data", data);
            if (colourPerValue) {
                JsonArrayBuilder colours = JSON.createArrayBuilder();
                for (int i = 0; i < one.values().size(); i++) {
                    colours.add(PALETTE.get(i % PALETTE.size()));
                }
                dataset.add("backgroundColor", colours);
            } else {
                String colour = one.color() != null ? one.color() : PALETTE.get(s % PALETTE.size());
                dataset.add("backgroundColor", colour).add("borderColor", colour);
                if ("line".equals(type)) {
                    dataset.add("fill", false).add("tension", 0.2).add("spanGaps", true);
                }
            }
            datasets.add(dataset);
        }
        return JSON.createObjectBuilder().add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", labelArray).add("datasets", datasets));
    }

    private static JsonObjectBuilder options(boolean legend) {
        return JSON.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder().add("display", legend)
                        .add("position", "bottom")));
    }
}
