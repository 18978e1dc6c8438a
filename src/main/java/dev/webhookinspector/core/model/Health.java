package dev.webhookinspector.core.model;

/** Whether deliveries work, as far as the provider tells; UNKNOWN when it reports no health at all. */
public enum Health {
    HEALTHY, UNHEALTHY, UNKNOWN;

    /** The JSON form: true, false or null. */
    public Boolean asBoolean() {
        return switch (this) {
            case HEALTHY -> Boolean.TRUE;
            case UNHEALTHY -> Boolean.FALSE;
            case UNKNOWN -> null;
        };
    }
}
