package id.cermin.sales;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * At start, once the schema is current and before the first request, makes the store's
 * saved time zone the node's business day.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class StoreTimeZone {

    @Inject
    private StoreProfiles profiles;

    @PostConstruct
    void apply() {
        profiles.useTimeZone(profiles.current().timeZone());
    }
}
