<fmt:message key="mirror.title" var="title"/>
<t:layout title="${title}" active="sinkronisasi">
<div class="page-head">
    <h1 class="page-title"><c:out value="${title}"/></h1>
    <div class="page-actions">
        <c:if test="${not mirror.isHub()}">
            <form class="inline" method="post" action="<c:url value='/sync'/>">
                <t:csrf/><input type="hidden" name="back" value="/sinkronisasi">
                <button type="submit" class="btn btn-primary" id="sync-now"><fmt:message key="mirror.syncNow"/></button>
            </form>
            <form class="inline" method="post" action="<c:url value='/sinkronisasi/periksa'/>" data-progress="verify-progress">
                <t:csrf/>
                <button type="submit" class="btn" id="verify-now"><fmt:message key="mirror.verify"/></button>
            </form>
        </c:if>
        <a class="btn" href="<c:url value='/sinkronisasi/konflik'/>"><fmt:message key="mirror.conflictsLink"><fmt:param value="${mirror.conflicts()}"/></fmt:message></a>
    </div>
</div>
<p class="alert alert-info progress-note" id="verify-progress" role="status" hidden><span class="spinner" aria-hidden="true"></span><fmt:message key="verify.progress"/></p>
<t:bootstrap-progress status="${mirror}"/>
<div class="panels">
    <section class="card">
        <h2><fmt:message key="mirror.health"/></h2>
        <p><fmt:message key="dashboard.nodeName"/>: <strong><c:out value="${mirror.node()}"/></strong> ·
            <fmt:message key="node.${mirror.role()}"/></p>
        <t:mirror-status status="${mirror}" detail="true"/>
        <c:if test="${mirror.isHub()}"><p class="muted"><fmt:message key="mirror.hubRunsNothing"/></p></c:if>
    </section>
    <section class="card">
        <h2><fmt:message key="mirror.heldTitle"/></h2>
        <c:choose>
            <c:when test="${empty mirror.held()}"><p class="muted"><fmt:message key="mirror.heldNone"/></p></c:when>
            <c:otherwise>
                <p class="muted"><fmt:message key="mirror.heldHint"/></p>
                <table class="data" id="held">
                    <thead><tr><th><fmt:message key="mirror.direction"/></th>
                        <th><fmt:message key="mirror.rowId"/></th><th><fmt:message key="mirror.reason"/></th></tr></thead>
                    <tbody>
                    <c:forEach items="${mirror.held()}" var="h">
                        <tr><td class="nowrap"><fmt:message key="mirror.direction.${h.direction()}" var="directionText"/><c:out value="${directionText}"/></td>
                            <td><t:row-label label="${heldLabels[h.rowId()]}"/></td>
                            <td><fmt:message key="${h.plainReason()}"/><t:technical detail="${h.reason()}"/></td></tr>
                    </c:forEach>
                    </tbody>
                </table>
            </c:otherwise>
        </c:choose>
    </section>
</div>
<c:choose>
    <c:when test="${mirror.isHub()}">
        <h2 class="section-title"><fmt:message key="mirror.stores"/></h2>
        <div class="table-wrap">
        <table class="data" id="stores">
            <thead><tr>
                <th><fmt:message key="mirror.store"/></th>
                <th><fmt:message key="mirror.lastContact"/></th>
                <th><fmt:message key="mirror.lastSuccess"/></th>
                <th><fmt:message key="mirror.waiting"/></th>
                <th class="num"><fmt:message key="mirror.heldCount"/></th>
                <th><fmt:message key="mirror.differences"/></th>
                <th><fmt:message key="mirror.lastError"/></th>
            </tr></thead>
            <tbody>
            <c:forEach items="${mirror.stores()}" var="s">
                <tr data-store="<c:out value='${s.node()}'/>" class="${not empty s.diverged() or s.held() > 0 ? 'warn' : ''}">
                    <td class="name"><c:out value="${s.node()}"/></td>
                    <td class="nowrap store-contact">
                        <c:choose>
                            <c:when test="${empty s.lastContactAt()}"><fmt:message key="mirror.never"/></c:when>
                            <c:otherwise><t:elapsed seconds="${s.contactSecondsAgo()}" ago="true"/></c:otherwise>
                        </c:choose>
                    </td>
                    <td class="nowrap">
                        <c:choose>
                            <c:when test="${empty s.lastSuccessAt()}"><fmt:message key="mirror.never"/></c:when>
                            <c:otherwise><t:elapsed seconds="${s.successSecondsAgo()}" ago="true"/>
                                <span class="muted"> (<c:out value="${cermin:dateTime(s.lastSuccessAt())}"/>)</span></c:otherwise>
                        </c:choose>
                    </td>
                    <td class="store-waiting">
                        <c:choose>
                            <c:when test="${empty s.pendingSeconds()}"><fmt:message key="mirror.nothingWaiting"/></c:when>
                            <c:otherwise><fmt:message key="mirror.waitingCounts"><fmt:param value="${s.toApply()}"/><fmt:param value="${s.toPull()}"/></fmt:message>
                                <br><span class="muted"><fmt:message key="mirror.oldest"/>&nbsp;<t:elapsed seconds="${s.pendingSeconds()}"/></span></c:otherwise>
                        </c:choose>
                    </td>
                    <td class="num store-held"><c:out value="${s.held()}"/></td>
                    <td class="store-differences">
                        <c:choose>
                            <c:when test="${empty s.diverged()}"><fmt:message key="mirror.noDifferences"/></c:when>
                            <c:otherwise><span class="badge badge-warn"><c:out value="${s.differences()}"/></span></c:otherwise>
                        </c:choose>
                    </td>
                    <td><c:if test="${not empty s.lastError()}"><span class="text-error"><fmt:message key="mirror.storeFailed"/></span><t:technical detail="${s.lastError()}"/></c:if></td>
                </tr>
            </c:forEach>
            <c:if test="${empty mirror.stores()}"><tr><td colspan="7" class="muted"><fmt:message key="mirror.storesNone"/></td></tr></c:if>
            </tbody>
        </table>
        </div>
    </c:when>
    <c:otherwise>
        <h2 class="section-title"><fmt:message key="mirror.history"/></h2>
        <div class="table-wrap">
        <table class="data" id="runs">
            <thead><tr>
                <th><fmt:message key="mirror.startedAt"/></th>
                <th><fmt:message key="mirror.finishedAt"/></th>
                <th><fmt:message key="mirror.trigger"/></th>
                <th class="num"><fmt:message key="mirror.pushed"/></th>
                <th class="num"><fmt:message key="mirror.pulled"/></th>
                <th><fmt:message key="mirror.result"/></th>
                <th><fmt:message key="mirror.error"/></th>
            </tr></thead>
            <tbody>
            <c:forEach items="${runs}" var="r">
                <tr class="${r.result() == 'FAILED' ? 'failed' : ''}">
                    <td class="nowrap"><c:out value="${cermin:dateTime(r.startedAt())}"/></td>
                    <td class="nowrap"><c:out value="${cermin:dateTime(r.finishedAt())}"/></td>
                    <td><fmt:message key="mirror.trigger.${r.trigger()}" var="triggerText"/><c:out value="${triggerText}"/></td>
                    <td class="num"><c:out value="${r.pushed()}"/></td>
                    <td class="num"><c:out value="${r.pulled()}"/></td>
                    <td class="nowrap"><fmt:message key="mirror.result.${r.result()}" var="resultText"/><c:out value="${resultText}"/></td>
                    <td><c:if test="${not empty r.error()}"><fmt:message key="${r.hubReachable() ? 'mirror.errorShort' : 'mirror.unreachableShort'}"/><t:technical detail="${r.error()}"/></c:if></td>
                </tr>
            </c:forEach>
            <c:if test="${empty runs}"><tr><td colspan="7" class="muted"><fmt:message key="mirror.historyNone"/></td></tr></c:if>
            </tbody>
        </table>
        </div>
    </c:otherwise>
</c:choose>
</t:layout>
