<%@ tag pageEncoding="UTF-8" trimDirectiveWhitespaces="true" description="The mirror's health in words, for the dashboard and the Sinkronisasi page." %>
<%@ attribute name="status" required="true" type="id.cermin.mirror.web.MirrorStatus" %>
<%@ attribute name="detail" required="true" type="java.lang.Boolean" description="Show the last error as it is (owner and admins); others only learn that there is one." %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="fmt" uri="jakarta.tags.fmt" %>
<%@ taglib prefix="t" tagdir="/WEB-INF/tags" %>
<%@ taglib prefix="cermin" uri="urn:cermin" %>
<dl class="facts">
    <c:if test="${not status.isHub()}">
        <dt><fmt:message key="mirror.hub"/></dt>
        <dd id="mirror-hub">
            <c:choose>
                <c:when test="${empty status.hubReachable()}"><span class="badge badge-muted"><fmt:message key="mirror.neverRun"/></span></c:when>
                <c:when test="${status.hubReachable()}"><span class="badge badge-ok"><fmt:message key="mirror.reachable"/></span></c:when>
                <c:otherwise><span class="badge badge-danger"><fmt:message key="mirror.unreachable"/></span></c:otherwise>
            </c:choose>
            <c:if test="${status.running()}"> <span class="badge badge-warn"><fmt:message key="mirror.running"/></span></c:if>
        </dd>
        <dt><fmt:message key="mirror.lastSuccess"/></dt>
        <dd id="mirror-last-success">
            <c:choose>
                <c:when test="${empty status.lastSuccessAt()}"><fmt:message key="mirror.never"/></c:when>
                <c:otherwise><t:elapsed seconds="${status.lastSuccessSecondsAgo()}" ago="true"/>
                    <span class="muted"> (<c:out value="${cermin:dateTime(status.lastSuccessAt())}"/>)</span></c:otherwise>
            </c:choose>
        </dd>
    </c:if>
    <dt><fmt:message key="mirror.pendingOut"/></dt>
    <dd id="mirror-pending"><fmt:message key="mirror.changes" var="pendingText"><fmt:param value="${status.pendingOut()}"/></fmt:message><c:out value="${pendingText}"/></dd>
    <dt><fmt:message key="mirror.oldestPending"/></dt>
    <dd id="mirror-oldest">
        <c:choose>
            <c:when test="${status.pendingOut() == 0}">–</c:when>
            <c:otherwise><t:elapsed seconds="${status.oldestPendingSeconds()}"/></c:otherwise>
        </c:choose>
    </dd>
    <c:if test="${not status.isHub()}">
        <dt><fmt:message key="mirror.lastError"/></dt>
        <dd id="mirror-error">
            <c:choose>
                <c:when test="${empty status.lastError()}"><span class="muted"><fmt:message key="mirror.noError"/></span></c:when>
                <c:when test="${not empty status.hubUnreachableSince()}">
                    <fmt:message key="mirror.hubDownSince" var="downText"><fmt:param value="${cermin:moment(status.hubUnreachableSince())}"/></fmt:message>
                    <span class="text-error"><c:out value="${downText}"/></span><c:if test="${detail}"><t:technical detail="${status.lastError()}"/></c:if></c:when>
                <c:when test="${detail}"><span class="text-error"><fmt:message key="mirror.runFailed"/></span><t:technical detail="${status.lastError()}"/></c:when>
                <c:otherwise><span class="text-error"><fmt:message key="mirror.errorTellOwner"/></span></c:otherwise>
            </c:choose>
        </dd>
    </c:if>
    <dt><fmt:message key="mirror.held"/></dt>
    <dd id="mirror-held"><span class="count"><c:out value="${status.held().size()}"/></span><c:if test="${status.held().size() > 0}"> <span class="badge badge-warn"><fmt:message key="mirror.needsAttention"/></span></c:if></dd>
    <c:if test="${not status.isHub()}">
        <dt><fmt:message key="mirror.sameData"/></dt>
        <dd id="mirror-diverged">
            <c:choose>
                <c:when test="${not empty status.diverged()}">
                    <span class="badge badge-danger"><fmt:message key="mirror.divergedBadge"/></span>
                    <fmt:message key="mirror.diverged"><fmt:param value="${cermin:dateTime(status.diverged().since())}"/><fmt:param value="${status.diverged().rows()}"/></fmt:message>
                    <a href="<c:url value='/sinkronisasi/perbedaan'/>"><fmt:message key="mirror.divergedLink"/></a>
                </c:when>
                <c:when test="${empty status.comparedAt()}"><span class="muted"><fmt:message key="mirror.notComparedYet"/></span></c:when>
                <c:otherwise><span class="badge badge-ok"><fmt:message key="mirror.same"/></span>
                    <span class="muted"> <fmt:message key="mirror.comparedAt"><fmt:param value="${cermin:dateTime(status.comparedAt())}"/></fmt:message></span></c:otherwise>
            </c:choose>
        </dd>
        <c:if test="${status.clockOff()}">
            <dt><fmt:message key="mirror.clock"/></dt>
            <dd id="mirror-clock"><span class="badge badge-warn"><fmt:message key="mirror.clockOffBadge"/></span>
                <fmt:message key="mirror.clockOff"><fmt:param value="${status.clockOffsetSeconds() / 60}"/></fmt:message></dd>
        </c:if>
    </c:if>
    <dt><fmt:message key="mirror.conflicts"/></dt>
    <dd id="mirror-conflicts"><c:out value="${status.conflicts()}"/></dd>
</dl>
