package dev.webhookinspector.core.model;

/** What a webhook is limited to, in the provider's own words: Ultravox agentId, v0 chatId. */
public record Scope(String field, String id) {}
