package id.cermin.mirror.run;

import id.cermin.mirror.apply.HeldGroup;
import id.cermin.mirror.verify.RollingCompare;

import java.util.List;

/**
 * What one mirror run did; {@code error} is null when it finished. {@code recovered}
 * says which side was found to have gone back in time and was reconciled ("STORE",
 * "HUB"), null when neither; {@code clockOffsetMillis} is the hub's clock minus this
 * node's, as measured in the run; {@code compared} is what the rolling compare did after
 * the exchange (null when it did not run).
 */
public record RunReport(boolean hubReachable, boolean bootstrapped, String recovered, int repaired, int pushed,
                        int pulled, int conflicts, List<HeldGroup> heldPush, List<HeldGroup> heldPull, long ackedSeq,
                        long clockOffsetMillis, RollingCompare.Step compared, String error) {

    public boolean succeeded() {
        return error == null;
    }

    public int held() {
        return heldPush.size() + heldPull.size();
    }
}
