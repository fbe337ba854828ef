package com.backstretches.local;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Devices with a screen as Alexa describes them in a request: the {@code Viewport} and APL runtime
 * of an Echo Show 5, 8 and 15 (landscape and on its side), an Echo Spot and a Fire TV.
 */
public enum ScreenDevice {
    ECHO_SHOW_5("HUB", "RECTANGLE", 960, 480, 160, true, "2024.2"),
    ECHO_SHOW_8("HUB", "RECTANGLE", 1280, 800, 160, true, "2024.2"),
    ECHO_SHOW_15("HUB", "RECTANGLE", 1920, 1080, 160, true, "2024.2"),
    ECHO_SHOW_15_PORTRAIT("HUB", "RECTANGLE", 1080, 1920, 160, true, "2024.2"),
    ECHO_SPOT("HUB", "ROUND", 480, 480, 160, true, "2023.3"),
    FIRE_TV("TV", "RECTANGLE", 1920, 1080, 320, false, "2023.2");

    private final String mode;
    private final String shape;
    private final int pixelWidth;
    private final int pixelHeight;
    private final int dpi;
    private final boolean touch;
    private final String aplVersion;

    ScreenDevice(String mode, String shape, int pixelWidth, int pixelHeight, int dpi, boolean touch, String aplVersion) {
        this.mode = mode;
        this.shape = shape;
        this.pixelWidth = pixelWidth;
        this.pixelHeight = pixelHeight;
        this.dpi = dpi;
        this.touch = touch;
        this.aplVersion = aplVersion;
    }

    /** APL's own sizes, in dp: what the document's {@code viewport.width} and {@code height} read. */
    public int dpWidth() {
        return pixelWidth * 160 / dpi;
    }

    public int dpHeight() {
        return pixelHeight * 160 / dpi;
    }

    public boolean round() {
        return shape.equals("ROUND");
    }

    public boolean tv() {
        return mode.equals("TV");
    }

    /** {@code context.System.device.supportedInterfaces["Alexa.Presentation.APL"]}. */
    ObjectNode aplInterface() {
        ObjectNode apl = JsonNodeFactory.instance.objectNode();
        apl.putObject("runtime").put("maxVersion", aplVersion);
        return apl;
    }

    /** {@code context.Viewport}, as a device of this kind sends it. */
    ObjectNode viewport() {
        ObjectNode v = JsonNodeFactory.instance.objectNode();
        v.putArray("experiences").addObject().put("arcMinuteWidth", tv() ? 960 : 246).put("arcMinuteHeight", tv() ? 540 : 144)
                .put("canRotate", false).put("canResize", false);
        v.put("mode", mode).put("shape", shape).put("pixelWidth", pixelWidth).put("pixelHeight", pixelHeight).put("dpi", dpi)
                .put("currentPixelWidth", pixelWidth).put("currentPixelHeight", pixelHeight);
        var touches = v.putArray("touch");
        if (touch) {
            touches.add("SINGLE");
        }
        var keyboard = v.putArray("keyboard");
        if (tv()) {
            keyboard.add("DIRECTION");
        }
        v.putObject("video").putArray("codecs").add("H_264_42").add("H_264_41");
        return v;
    }

    /** {@code context.Viewports}: the newer list form, with the APL viewport first. */
    ObjectNode aplViewport() {
        ObjectNode v = JsonNodeFactory.instance.objectNode();
        v.put("type", "APL").put("id", "main").put("shape", shape).put("dpi", dpi).put("presentationType", "STANDARD")
                .put("canRotate", false);
        ObjectNode current = v.putObject("configuration").putObject("current");
        current.put("mode", mode);
        current.putObject("size").put("type", "DISCRETE").put("pixelWidth", pixelWidth).put("pixelHeight", pixelHeight);
        return v;
    }

    public static List<ScreenDevice> all() {
        return List.of(values());
    }
}
