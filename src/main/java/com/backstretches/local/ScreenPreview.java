package com.backstretches.local;

import com.backstretches.speech.SsmlRenderer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A picture of what a screen shows, as an HTML page a browser opens: the pose drawn from the same AVG
 * (turned into SVG), the texts, the holds with when they start, and the buttons. A preview of the
 * content on an Echo Show's landscape screen, not an APL renderer.
 */
public final class ScreenPreview {

    private ScreenPreview() {
    }

    /** The page for one RenderDocument directive. */
    public static String html(JsonNode renderDocument) {
        JsonNode screen = renderDocument.path("datasources").path("screen");
        JsonNode graphics = renderDocument.path("document").path("graphics");
        StringBuilder poses = new StringBuilder();
        List<String> drawn = new ArrayList<>();
        for (JsonNode frame : screen.path("frames")) {
            String pose = frame.path("pose").asText();
            if (!drawn.contains(pose) && graphics.has(pose)) {
                drawn.add(pose);
                poses.append(AvgToSvg.svg(graphics.get(pose), Map.of(), 480, 320));
            }
        }
        StringBuilder holds = new StringBuilder();
        for (JsonNode frame : screen.path("frames")) {
            if (frame.path("hold").asInt() > 0) {
                holds.append("<li>").append(escape(frame.path("label").asText())).append(' ').append(frame.path("hold").asInt())
                        .append(" s, from ").append(seconds(frame.path("from").asLong())).append(" to ").append(seconds(frame.path("to").asLong()))
                        .append(" into the speech</li>");
            }
        }
        StringBuilder marks = new StringBuilder();
        screen.path("marks").forEach(m -> marks.append("<span class=\"mark ").append(escape(m.path("state").asText())).append("\"></span>"));
        StringBuilder buttons = new StringBuilder();
        screen.path("buttons").forEach(b -> buttons.append("<span class=\"button\">").append(escape(b.path("label").asText())).append("</span>"));
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%s: %s</title>
                <style>
                body { margin: 0; background: #000; font-family: sans-serif; }
                .screen { width: 1280px; height: 800px; box-sizing: border-box; padding: 32px 52px; background: #11161B; color: #F4F1EA;
                  display: flex; flex-direction: column; }
                .marks { height: 28px; } .mark { display: inline-block; width: 19px; height: 19px; border-radius: 50%%; margin-right: 19px; background: #2E3A46; }
                .mark.done { background: #AEB8C2; } .mark.current { background: #FFC95C; }
                .main { flex: 1; display: flex; align-items: center; min-height: 0; }
                .pose { width: 44%%; display: flex; flex-direction: column; align-items: center; gap: 12px; }
                .pose svg { max-width: 100%%; height: auto; }
                .words { flex: 1; padding-left: 40px; font-size: 40px; line-height: 1.25; }
                .headline, .version, .streak, .holds { color: #FFC95C; } .stretch-of { color: #AEB8C2; font-size: 32px; }
                .name { font-size: 68px; font-weight: bold; } .cue { margin-top: 12px; } .note { color: #AEB8C2; }
                .holds { font-size: 26px; margin: 12px 0 0; padding-left: 28px; }
                .buttons { text-align: center; } .button { display: inline-block; margin: 0 18px; padding: 14px 36px; font-size: 36px; font-weight: bold;
                  background: #1D2630; border: 2px solid #2E3A46; border-radius: 14px; color: #F4F1EA; }
                </style></head>
                <body><div class="screen">
                <div class="marks">%s</div>
                <div class="main"><div class="pose">%s</div><div class="words">
                %s<div class="stretch-of">%s</div><div class="name">%s</div>%s%s<div class="cue">%s</div>%s%s
                <ul class="holds">%s</ul></div></div>
                <div class="buttons">%s</div>
                </div></body></html>
                """.formatted(escape(screen.path("title").asText()), escape(screen.path("name").asText()), marks, poses,
                div("headline", screen.path("headline").asText()), escape(screen.path("stretchOf").asText()),
                escape(screen.path("name").asText()), div("part", screen.path("part").asText()), div("version", screen.path("version").asText()),
                escape(screen.path("cue").asText()), div("note", screen.path("holdNote").asText()), div("streak", screen.path("streak").asText()),
                holds, buttons);
    }

    private static String div(String cssClass, String text) {
        return text.isEmpty() ? "" : "<div class=\"" + cssClass + "\">" + escape(text) + "</div>";
    }

    private static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String escape(String text) {
        return SsmlRenderer.escape(text);
    }
}
