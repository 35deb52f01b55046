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
        <h2><fmt:message key="divergence.what"><fmt:param value="${d.table()}"/><fmt:param value="${cermin:dateTime(d.foundAt())}"/></fmt:message></h2>
        <table class="data compare">
            <thead><tr>
                <th><fmt:message key="conflict.column"/></th>
                <th><fmt:message key="divergence.store"/></th>
                <th><fmt:message key="divergence.hub"/></th>
            </tr></thead>
            <tbody>
            <c:forEach items="${d.fields()}" var="f">
                <tr class="${f.differs() ? 'differs' : ''}">
                    <td class="mono"><c:out value="${f.column()}"/></td>
                    <td><c:choose><c:when test="${f.winner() == null}"><span class="muted">–</span></c:when><c:otherwise><c:out value="${f.winner()}"/></c:otherwise></c:choose></td>
                    <td><c:choose><c:when test="${f.loser() == null}"><span class="muted">–</span></c:when><c:otherwise><c:out value="${f.loser()}"/></c:otherwise></c:choose></td>
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
