<fmt:message key="${archived ? 'supplier.archivedTitle' : 'supplier.title'}" var="title"/>
<t:layout title="${title}" active="pemasok">
<div class="page-head">
    <h1 class="page-title"><c:out value="${title}"/></h1>
    <div class="page-actions">
        <c:choose>
            <c:when test="${archived}"><a class="btn" href="<c:url value='/pemasok'/>"><fmt:message key="supplier.title"/></a></c:when>
            <c:otherwise><a class="btn" href="<c:url value='/pemasok?arsip=1'/>"><fmt:message key="product.showArchived"/></a></c:otherwise>
        </c:choose>
        <a class="btn btn-primary" href="<c:url value='/pemasok/baru'/>"><fmt:message key="supplier.new"/></a>
    </div>
</div>
<div class="table-wrap">
<table class="data" id="suppliers">
    <thead><tr>
        <th><fmt:message key="supplier.name"/></th>
        <th><fmt:message key="supplier.phone"/></th>
        <th class="num"><fmt:message key="supplier.owed"/></th>
        <th class="num"><fmt:message key="supplier.overdue"/></th>
        <th><fmt:message key="supplier.nextDue"/></th>
        <th><fmt:message key="common.actions"/></th>
    </tr></thead>
    <tbody>
    <c:forEach items="${debts}" var="d">
        <tr class="${d.overdue() > 0 ? 'low' : ''}">
            <td class="name"><a href="<c:url value='/pemasok/detail'><c:param name='id' value='${d.supplier().id}'/></c:url>"><c:out value="${d.supplier().name}"/></a></td>
            <td><c:out value="${d.supplier().phone}"/></td>
            <td class="num money owed"><c:out value="${cermin:rupiah(d.outstanding())}"/></td>
            <td class="num money"><c:if test="${d.overdue() > 0}"><c:out value="${cermin:rupiah(d.overdue())}"/></c:if></td>
            <td class="nowrap"><c:if test="${not empty d.nextDue()}"><c:out value="${d.nextDue()}"/></c:if></td>
            <td class="actions">
                <a class="btn btn-small" href="<c:url value='/pemasok/edit'><c:param name='id' value='${d.supplier().id}'/></c:url>"><fmt:message key="common.edit"/></a>
                <fmt:message key="common.confirmArchive" var="confirmText"><fmt:param value="${d.supplier().name}"/></fmt:message>
                <form class="inline" method="post" action="<c:url value='${archived ? "/pemasok/pulihkan" : "/pemasok/arsipkan"}'/>" data-confirm="<c:out value='${archived ? "" : confirmText}'/>">
                    <t:csrf/><input type="hidden" name="id" value="<c:out value='${d.supplier().id}'/>">
                    <button class="btn btn-small ${archived ? '' : 'btn-danger'}"><fmt:message key="${archived ? 'common.restore' : 'common.archive'}"/></button>
                </form>
            </td>
        </tr>
    </c:forEach>
    <c:if test="${empty debts}"><tr><td colspan="6" class="muted"><fmt:message key="common.none"/></td></tr></c:if>
    </tbody>
</table>
</div>
</t:layout>
