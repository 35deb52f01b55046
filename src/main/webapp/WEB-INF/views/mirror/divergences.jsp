<fmt:message key="divergence.title" var="title"/>
<t:layout title="${title}" active="sinkronisasi">
<div class="page-head">
    <h1 class="page-title"><c:out value="${title}"/></h1>
    <div class="page-actions"><a class="btn" href="<c:url value='/sinkronisasi'/>"><fmt:message key="common.back"/></a></div>
</div>
<p class="muted"><fmt:message key="divergence.intro"/></p>
<c:if test="${empty differences}"><p class="muted" id="differences-none"><fmt:message key="divergence.none"/></p></c:if>
<c:forEach items="${differences}" var="d">
    <section class="card conflict difference">
        <fmt:message key="${differenceLabels[d.rowId()].key()}" var="whatText"><c:forEach items="${differenceLabels[d.rowId()].arguments()}" var="argument"><fmt:param value="${argument}"/></c:forEach></fmt:message>
        <h2><fmt:message key="divergence.what"><fmt:param value="${whatText}"/><fmt:param value="${cermin:dateTime(d.foundAt())}"/></fmt:message></h2>
        <table class="data compare">
            <thead><tr>
                <th><fmt:message key="conflict.column"/></th>
                <th><fmt:message key="divergence.store"/></th>
                <th><fmt:message key="divergence.hub"/></th>
            </tr></thead>
            <tbody>
            <c:forEach items="${d.fields()}" var="f">
                <tr class="${f.differs() ? 'differs' : ''}">
                    <td><fmt:message key="field.${f.column()}" var="fieldText"/><c:out value="${fn:startsWith(fieldText, '???') ? f.column() : fieldText}"/></td>
                    <td><t:field-value column="${f.column()}" value="${f.winner()}" labels="${differenceLabels}"/></td>
                    <td><t:field-value column="${f.column()}" value="${f.loser()}" labels="${differenceLabels}"/></td>
                </tr>
            </c:forEach>
            </tbody>
        </table>
        <div class="actions">
            <form class="inline" method="post" action="<c:url value='/sinkronisasi/perbedaan'/>">
                <t:csrf/><input type="hidden" name="tabel" value="<c:out value='${d.table()}'/>"><input type="hidden" name="id" value="<c:out value='${d.rowId()}'/>">
                <button type="submit" class="btn" name="pakai" value="toko"><fmt:message key="divergence.keepStore"/></button>
                <button type="submit" class="btn" name="pakai" value="pusat"><fmt:message key="divergence.keepHub"/></button>
            </form>
        </div>
    </section>
</c:forEach>
</t:layout>
