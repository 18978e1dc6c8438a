package dev.webhookinspector.ui.demo;

import dev.webhookinspector.core.provider.Provider;

/**
 * A webhook ID the simulator knows, offered for a click in demo mode.
 *
 * @param faultTrigger true for IDs that always answer with one kind of error (404, 429, slow...)
 */
public record DemoWebhook(Provider provider, String id, String title, String description, boolean faultTrigger) {}
