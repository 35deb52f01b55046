<fmt:message key="customer.title" var="title"/>
<t:layout title="${title}" active="pelanggan">
<c:set var="req" value="${pageContext.request}"/>
<c:set var="isBackOffice" value="${req.isUserInRole('OWNER') or req.isUserInRole('ADMIN')}"/>
<div class="page-head">
    <h1 class="page-title"><c:out value="${title}"/></h1>
    <div class="page-actions">
        <c:if test="${isBackOffice}">
            <a class="btn" href="<c:url value='/laporan/piutang'/>"><fmt:message key="aging.title"/></a>
            <a class="btn btn-primary" href="<c:url value='/pelanggan/baru'/>"><fmt:message key="customer.new"/></a>
        </c:if>
    </div>
</div>
<div class="toolbar">
    <form method="get" action="<c:url value='/pelanggan'/>" role="search">
        <fmt:message key="customer.search" var="searchLabel"/>
        <input type="search" name="q" value="<c:out value='${q}'/>" placeholder="<c:out value='${searchLabel}'/>"
               aria-label="<c:out value='${searchLabel}'/>" maxlength="100" autofocus>
        <button type="submit" class="btn"><fmt:message key="common.search"/></button>
    </form>
    <span class="muted"><fmt:message key="customer.count"><fmt:param value="${total}"/></fmt:message></span>
</div>
<div class="table-wrap">
<table class="data" id="customers">
    <thead><tr>
        <th><fmt:message key="customer.name"/></th>
        <th><fmt:message key="customer.type"/></th>
        <th><fmt:message key="customer.phone"/></th>
        <th class="num"><fmt:message key="customer.balance"/></th>
        <th class="num"><fmt:message key="customer.creditLimit"/></th>
        <th><fmt:message key="common.actions"/></th>
    </tr></thead>
    <tbody>
    <c:forEach items="${customers}" var="c">
        <c:set var="owed" value="${empty balances[c.id] ? 0 : balances[c.id]}"/>
        <tr class="${owed > c.creditLimit ? 'low' : ''}">
            <td class="name"><c:out value="${c.name}"/></td>
            <td><fmt:message key="level.${c.type}"/></td>
            <td class="nowrap"><c:out value="${c.phone}"/></td>
            <td class="num money balance"><c:out value="${cermin:rupiah(owed)}"/>
                <c:if test="${owed > c.creditLimit}"> <span class="badge badge-warn"><fmt:message key="customer.overLimit"/></span></c:if></td>
            <td class="num money"><c:out value="${cermin:rupiah(c.creditLimit)}"/></td>
            <td class="actions">
                <a class="btn btn-small" href="<c:url value='/pelanggan/rekening'><c:param name='id' value='${c.id}'/></c:url>"><fmt:message key="customer.statement"/></a>
                <c:if test="${owed > 0 and nodeIdentity.roleName() != 'hub'}">
                    <a class="btn btn-small btn-primary" href="<c:url value='/pelanggan/bayar'><c:param name='id' value='${c.id}'/></c:url>"><fmt:message key="customer.pay"/></a>
                </c:if>
                <c:if test="${isBackOffice}">
                    <a class="btn btn-small" href="<c:url value='/pelanggan/edit'><c:param name='id' value='${c.id}'/></c:url>"><fmt:message key="common.edit"/></a>
                </c:if>
            </td>
        </tr>
    </c:forEach>
    <c:if test="${empty customers}"><tr><td colspan="6" class="muted"><fmt:message key="common.none"/></td></tr></c:if>
    </tbody>
</table>
</div>
<c:if test="${pages > 1}">
<nav class="pager" aria-label="Halaman">
    <c:url value="/pelanggan" var="prevUrl"><c:param name="q" value="${q}"/><c:param name="hal" value="${page - 1}"/></c:url>
    <c:url value="/pelanggan" var="nextUrl"><c:param name="q" value="${q}"/><c:param name="hal" value="${page + 1}"/></c:url>
    <c:choose><c:when test="${page > 1}"><a href="<c:out value='${prevUrl}'/>" rel="prev"><fmt:message key="common.prev"/></a></c:when>
        <c:otherwise><span class="disabled"><fmt:message key="common.prev"/></span></c:otherwise></c:choose>
    <span class="current"><fmt:message key="common.page"><fmt:param value="${page}"/><fmt:param value="${pages}"/></fmt:message></span>
    <c:choose><c:when test="${page < pages}"><a href="<c:out value='${nextUrl}'/>" rel="next"><fmt:message key="common.next"/></a></c:when>
        <c:otherwise><span class="disabled"><fmt:message key="common.next"/></span></c:otherwise></c:choose>
</nav>
</c:if>
</t:layout>
