package org.nianbao.engine.config;

/** A configuration file that cannot be used; the message is Chinese and names the file and the entry. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
