package id.cermin.mirror.run;

import id.cermin.mirror.apply.Cursors;
import id.cermin.mirror.capture.ChangeLog;
import id.cermin.mirror.capture.NodeRef;
import id.cermin.mirror.link.HubLink;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Tells whether the store's or the hub's database went back in time (a backup restored,
 * a hosting provider's rollback) since the two last spoke. A change number alone cannot
 * say: a restored database numbers new changes again. So each side keeps, with its
 * cursor, the history (incarnation) and the fingerprint of the change it points at, and
 * a run compares them with what the other side has now.
 */
final class TimeTravel {

    private TimeTravel() {
    }

    /**
     * The store's database went back: the hub holds more of this history than the store
     * has, or a different change under the number the hub last applied; or the store
     * starts a history the hub has not seen (a Cermin backup restored) and has not been
     * reconciled for it yet.
     */
    static boolean storeWentBack(Connection store, NodeRef me, HubLink.Hello hello, Outbound out)
            throws SQLException {
        Cursors.Position applied = hello.applied();
        if (applied == null) {
            return false;
        }
        if (applied.incarnation() != null && !applied.incarnation().equals(me.incarnation())) {
            return out == null || !me.incarnation().equals(out.reconciledIncarnation());
        }
        if (hello.deliveredSeq() > me.seq()) {
            return true;
        }
        if (applied.fp() == null) {
            return false;
        }
        String mine = ChangeLog.fingerprint(store, applied.seq());
        return mine != null && !mine.equals(applied.fp());
    }

    /**
     * The hub's database went back: it is behind the store's pull cursor, or holds a
     * different change (or none, where it must still have one) under the cursor's number,
     * or took up another history; or it has applied less of this store's changes than it
     * had said.
     */
    static boolean hubWentBack(HubLink.Hello hello, Cursors.Position pulled, Outbound out, NodeRef me) {
        NodeRef hub = hello.hub();
        if (pulled != null && pulled.seq() > 0) {
            if (pulled.seq() > hub.seq()) {
                return true;
            }
            if (pulled.incarnation() != null && !pulled.incarnation().equals(hub.incarnation())) {
                return true;
            }
            if (pulled.fp() != null && (hello.cursorFp() != null ? !hello.cursorFp().equals(pulled.fp())
                    : pulled.seq() > hello.purgedThrough())) {
                return true;
            }
        }
        if (out == null || out.ackedSeq() <= 0) {
            return false;
        }
        Cursors.Position applied = hello.applied();
        return applied == null
                || me.incarnation().equals(applied.incarnation()) && applied.seq() < out.ackedSeq();
    }
}
