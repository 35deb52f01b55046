package id.cermin.mirror.run;

import id.cermin.mirror.capture.NodeRef;
import id.cermin.mirror.link.HubLink;

import java.sql.SQLException;

/**
 * The hub as of the consistent snapshot the link has begun: its database and change
 * number, and the fingerprint of its change there, where the store's cursor is set once
 * everything up to it has been copied or reconciled.
 */
record Snapshot(NodeRef hub, String fp) {

    static Snapshot of(HubLink link, NodeRef me) throws SQLException {
        HubLink.Hello hello = link.hello(me, -1);
        NodeRef hub = hello.hub();
        return new Snapshot(hub, link.hello(me, hub.seq()).cursorFp());
    }
}
