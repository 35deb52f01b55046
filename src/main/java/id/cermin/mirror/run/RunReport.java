package id.cermin.mirror.run;

import id.cermin.mirror.apply.HeldGroup;

import java.util.List;

/**
 * What one mirror run did; {@code error} is null when it finished. {@code recovered}
 * says which side was found to have gone back in time and was reconciled ("STORE",
 * "HUB"), null when neither; {@code clockOffsetMillis} is the hub's clock minus this
 * node's, as measured in the run.
 */
public record RunReport(boolean hubReachable, boolean bootstrapped, String recovered, int repaired, int pushed,
                        int pulled, int conflicts, List<HeldGroup> heldPush, List<HeldGroup> heldPull, long ackedSeq,
                        long clockOffsetMillis, String error) {

    public boolean succeeded() {
        return error == null;
    }

    public int held() {
        return heldPush.size() + heldPull.size();
    }
}
