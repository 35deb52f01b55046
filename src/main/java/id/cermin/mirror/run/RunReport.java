package id.cermin.mirror.run;

import id.cermin.mirror.apply.HeldGroup;

import java.util.List;

/** What one mirror run did; {@code error} is null when it finished. */
public record RunReport(boolean hubReachable, boolean bootstrapped, int pushed, int pulled, int conflicts,
                        List<HeldGroup> heldPush, List<HeldGroup> heldPull, long ackedSeq, String error) {

    public boolean succeeded() {
        return error == null;
    }

    public int held() {
        return heldPush.size() + heldPull.size();
    }
}
