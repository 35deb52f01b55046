<fmt:message key="conflict.title" var="title"/>
<t:layout title="${title}" active="sinkronisasi">
<div class="page-head">
    <h1 class="page-title"><c:out value="${title}"/></h1>
    <div class="page-actions"><a class="btn" href="<c:url value='/sinkronisasi'/>"><fmt:message key="common.back"/></a></div>
</div>
<p class="muted"><fmt:message key="conflict.intro"/></p>
<c:if test="${conflictCount > fn:length(conflicts)}">
    <fmt:message key="conflict.shown" var="shownText"><fmt:param value="${fn:length(conflicts)}"/><fmt:param value="${conflictCount}"/></fmt:message>
    <p class="muted"><c:out value="${shownText}"/></p>
</c:if>
<c:if test="${empty conflicts}"><p class="muted" id="conflicts-none"><fmt:message key="conflict.none"/></p></c:if>
<c:forEach items="${conflicts}" var="k">
    <section class="card conflict">
        <h2><t:row-label label="${conflictLabels[k.rowId()]}"/></h2>
        <fmt:message key="${hubNodes.contains(k.detectedBy()) ? 'conflict.place.hub' : 'conflict.place.store'}" var="detectedPlace"><fmt:param value="${k.detectedBy()}"/></fmt:message>
        <fmt:message key="${hubNodes.contains(k.winnerOrigin()) ? 'conflict.place.hub' : 'conflict.place.store'}" var="winnerPlace"><fmt:param value="${k.winnerOrigin()}"/></fmt:message>
        <fmt:message key="${hubNodes.contains(k.loserOrigin()) ? 'conflict.place.hub' : 'conflict.place.store'}" var="loserPlace"><fmt:param value="${k.loserOrigin()}"/></fmt:message>
        <fmt:message key="conflict.meta" var="metaText">
            <fmt:param value="${cermin:dateTime(k.detectedAt())}"/>
            <fmt:param value="${detectedPlace}"/>
            <fmt:param value="${winnerPlace}"/>
            <fmt:param value="${loserPlace}"/>
        </fmt:message>
        <p class="muted"><c:out value="${metaText}"/></p>
        <table class="data compare">
            <thead><tr>
                <th><fmt:message key="conflict.column"/></th>
                <th><fmt:message key="conflict.winner"/></th>
                <th><fmt:message key="conflict.loser"/></th>
            </tr></thead>
            <tbody>
            <c:forEach items="${k.fields()}" var="f">
                <tr class="${f.differs() ? 'differs' : ''}">
                    <td><fmt:message key="field.${f.column()}" var="fieldText"/><c:out value="${fn:startsWith(fieldText, '???') ? f.column() : fieldText}"/></td>
                    <td><t:field-value column="${f.column()}" value="${f.winner()}" labels="${conflictLabels}"/></td>
                    <td><t:field-value column="${f.column()}" value="${f.loser()}" labels="${conflictLabels}"/></td>
                </tr>
            </c:forEach>
            </tbody>
        </table>
    </section>
</c:forEach>
</t:layout>
