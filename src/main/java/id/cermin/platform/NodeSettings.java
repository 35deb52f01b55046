package id.cermin.platform;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * This node's settings from its environment, read one way everywhere: a named setting
 * comes from the environment variables, else from the system properties, a blank value
 * counting as unset. The typed getters refuse a value that is set but wrong with a message
 * that names the setting and what it must be, instead of silently running on a default.
 * Plain Java: the server, a test or a benchmark reads it alike.
 */
public final class NodeSettings {

    private final UnaryOperator<String> environment;
    private final UnaryOperator<String> properties;

    /** Settings from these sources, e.g. maps in a test. */
    public NodeSettings(UnaryOperator<String> environment, UnaryOperator<String> properties) {
        this.environment = environment;
        this.properties = properties;
    }

    /** This process's environment variables, then its system properties. */
    public static NodeSettings fromEnvironment() {
        return new NodeSettings(System::getenv, System::getProperty);
    }

    /** The setting, trimmed, or empty when it is not set. */
    public Optional<String> text(String name) {
        String value = environment.apply(name);
        if (value == null || value.isBlank()) {
            value = properties.apply(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public String text(String name, String fallback) {
        return text(name).orElse(fallback);
    }

    /** Text of a given form, described in the error for a value of another form. */
    public String text(String name, String fallback, Pattern form, String formDescription) {
        String value = text(name, fallback);
        if (!form.matcher(value).matches()) {
            throw wrong(name, value, formDescription);
        }
        return value;
    }

    /** One of the given words, whatever its case; returned in lower case. */
    public String choice(String name, String fallback, List<String> choices) {
        String value = text(name, fallback).toLowerCase();
        if (!choices.contains(value)) {
            throw wrong(name, value, "one of " + String.join(", ", choices));
        }
        return value;
    }

    /** A whole number. */
    public long number(String name, long fallback) {
        Optional<String> value = text(name);
        try {
            return value.isEmpty() ? fallback : Long.parseLong(value.get());
        } catch (NumberFormatException e) {
            throw wrong(name, value.get(), "a whole number");
        }
    }

    /** {@code true} or {@code false}, whatever its case. */
    public boolean flag(String name, boolean fallback) {
        return "true".equals(choice(name, Boolean.toString(fallback), List.of("true", "false")));
    }

    private static IllegalStateException wrong(String name, String value, String rule) {
        return new IllegalStateException(name + " must be " + rule + ", not \"" + value + "\"");
    }
}
