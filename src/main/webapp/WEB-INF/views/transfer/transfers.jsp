<fmt:message key="transfer.title" var="title"/>
<t:layout title="${title}" active="mutasi">
<div class="page-head">
    <h1 class="page-title"><c:out value="${title}"/></h1>
    <div class="page-actions">
        <c:if test="${nodeIdentity.roleName() != 'hub'}">
            <a class="btn btn-primary" id="send-goods" href="<c:url value='/mutasi/kirim'/>"><fmt:message key="transfer.send"/></a>
        </c:if>
    </div>
</div>
<c:if test="${nodeIdentity.roleName() != 'hub'}">
    <section class="card" id="awaiting">
        <h2><fmt:message key="transfer.awaiting"/></h2>
        <c:choose>
            <c:when test="${empty awaiting}"><p class="muted"><fmt:message key="transfer.awaitingNone"/></p></c:when>
            <c:otherwise>
                <table class="data">
                    <thead><tr><th><fmt:message key="transfer.reference"/></th><th><fmt:message key="transfer.from"/></th>
                        <th><fmt:message key="transfer.sentAt"/></th><th class="num"><fmt:message key="transfer.lines"/></th><th></th></tr></thead>
                    <tbody>
                    <c:forEach items="${awaiting}" var="a">
                        <tr><td class="name"><c:out value="${a.reference()}"/></td><td><c:out value="${a.fromStore()}"/></td>
                            <td class="nowrap"><c:out value="${cermin:dateTime(a.sentAt())}"/></td><td class="num"><c:out value="${a.lines()}"/></td>
                            <td class="actions"><a class="btn btn-small btn-primary" href="<c:url value='/mutasi/surat-jalan'><c:param name='id' value='${a.id()}'/></c:url>"><fmt:message key="transfer.receive"/></a></td></tr>
                    </c:forEach>
                    </tbody>
                </table>
            </c:otherwise>
        </c:choose>
    </section>
</c:if>
<h2 class="section-title"><fmt:message key="transfer.history"/></h2>
<div class="toolbar">
    <form method="get" action="<c:url value='/mutasi'/>">
        <t:store-filter/>
        <label><input type="checkbox" name="status" value="perjalanan" ${inTransit ? 'checked' : ''}> <fmt:message key="transfer.onlyInTransit"/></label>
        <button type="submit" class="btn"><fmt:message key="transfer.show"/></button>
    </form>
    <span class="muted"><fmt:message key="transfer.count"><fmt:param value="${total}"/></fmt:message></span>
</div>
<div class="table-wrap">
<table class="data" id="transfers">
    <thead><tr>
        <th><fmt:message key="transfer.reference"/></th>
        <th><fmt:message key="transfer.sentAt"/></th>
        <th><fmt:message key="transfer.from"/></th>
        <th><fmt:message key="transfer.toLabel"/></th>
        <th><fmt:message key="transfer.sentBy"/></th>
        <th class="num"><fmt:message key="transfer.lines"/></th>
        <th><fmt:message key="transfer.status"/></th>
    </tr></thead>
    <tbody>
    <c:forEach items="${transfers}" var="r">
        <tr class="${r.isReceived() ? '' : 'in-transit'}">
            <td class="name"><a href="<c:url value='/mutasi/surat-jalan'><c:param name='id' value='${r.id()}'/></c:url>"><c:out value="${r.reference()}"/></a></td>
            <td class="nowrap"><c:out value="${cermin:dateTime(r.sentAt())}"/></td>
            <td><c:out value="${r.fromStore()}"/></td>
            <td><c:out value="${r.toStore()}"/></td>
            <td><c:out value="${r.sentBy()}"/></td>
            <td class="num"><c:out value="${r.lines()}"/></td>
            <td class="nowrap"><c:choose>
                <c:when test="${r.isReceived()}"><fmt:message key="transfer.received"><fmt:param value="${cermin:dateTime(r.receivedAt())}"/></fmt:message></c:when>
                <c:otherwise><span class="badge badge-warn"><fmt:message key="transfer.inTransit"/></span></c:otherwise>
            </c:choose></td>
        </tr>
    </c:forEach>
    <c:if test="${empty transfers}"><tr><td colspan="7" class="muted"><fmt:message key="common.none"/></td></tr></c:if>
    </tbody>
</table>
</div>
<c:url value="/mutasi" var="pageUrl"><c:if test="${not empty storeFilter}"><c:param name="toko" value="${storeFilter}"/></c:if><c:if test="${inTransit}"><c:param name="status" value="perjalanan"/></c:if></c:url>
<t:pager url="${pageUrl}${fn:contains(pageUrl, '?') ? '&' : '?'}" page="${page}" pages="${pages}"/>
</t:layout>
