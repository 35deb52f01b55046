<fmt:message key="${archived ? 'product.archivedTitle' : 'product.title'}" var="title"/>
<t:layout title="${title}" active="barang">
<div class="page-head">
    <h1 class="page-title"><c:out value="${title}"/></h1>
    <div class="page-actions">
        <c:choose>
            <c:when test="${archived}"><a class="btn" href="<c:url value='/barang'/>"><fmt:message key="product.showActive"/></a></c:when>
            <c:otherwise><a class="btn" href="<c:url value='/barang?arsip=1'/>"><fmt:message key="product.showArchived"/></a></c:otherwise>
        </c:choose>
        <a class="btn" href="<c:url value='/label'/>"><fmt:message key="label.title"/></a>
        <a class="btn" href="<c:url value='/barang/impor'/>"><fmt:message key="import.title"/></a>
        <a class="btn" href="<c:url value='/barang/ekspor'/>"><fmt:message key="export.products"/></a>
        <a class="btn btn-primary" href="<c:url value='/barang/baru'/>"><fmt:message key="product.new"/></a>
    </div>
</div>
<div class="toolbar">
    <form method="get" action="<c:url value='/barang'/>" role="search">
        <c:if test="${archived}"><input type="hidden" name="arsip" value="1"></c:if>
        <fmt:message key="product.search" var="searchLabel"/>
        <input type="search" name="q" value="<c:out value='${q}'/>" placeholder="<c:out value='${searchLabel}'/>"
               aria-label="<c:out value='${searchLabel}'/>" maxlength="100" autofocus>
        <button type="submit" class="btn"><fmt:message key="common.search"/></button>
    </form>
    <span class="muted"><fmt:message key="product.count"><fmt:param value="${total}"/></fmt:message></span>
</div>
<div class="table-wrap">
<table class="data">
    <thead><tr>
        <th><fmt:message key="product.barcode"/></th>
        <th><fmt:message key="product.name"/></th>
        <th class="num"><fmt:message key="product.stock"/></th>
        <th><fmt:message key="product.unit"/></th>
        <th><fmt:message key="product.category"/></th>
        <th class="num"><fmt:message key="product.costPrice"/></th>
        <th class="num"><fmt:message key="product.sellPrice"/></th>
        <th><fmt:message key="common.actions"/></th>
    </tr></thead>
    <tbody>
    <c:forEach items="${products}" var="p">
        <tr class="${p.archived ? 'archived' : (p.lowStock ? 'low' : '')}">
            <td class="nowrap"><c:out value="${p.barcode}"/></td>
            <td class="name"><c:out value="${p.name}"/></td>
            <td class="num stock"><c:out value="${cermin:qty(p.stock)}"/>
                <c:if test="${p.lowStock and not p.archived}"> <span class="badge badge-warn"><fmt:message key="product.low"/></span></c:if>
                <c:forEach items="${unitsOf[p.id]}" var="u"><c:if test="${not u.base}"><br><span class="muted"><c:out value="= ${cermin:qty(p.stock / u.factor())} ${u.code()}"/></span></c:if></c:forEach></td>
            <td class="units"><c:out value="${p.unitCode}"/><c:forEach items="${unitsOf[p.id]}" var="u"><c:if test="${not u.base}"><br><span class="muted"><c:out value="${u.code()} = ${cermin:qty(u.factor())} ${p.unitCode} · ${cermin:rupiah(u.price())}"/></span></c:if></c:forEach></td>
            <td><c:out value="${p.category.name}"/></td>
            <td class="num money"><c:out value="${cermin:rupiah(p.costPrice)}"/></td>
            <td class="num money"><c:out value="${cermin:rupiah(p.sellPrice)}"/></td>
            <td class="actions">
                <c:choose>
                    <c:when test="${p.archived}">
                        <form class="inline" method="post" action="<c:url value='/barang/pulihkan'/>">
                            <t:csrf/><input type="hidden" name="id" value="<c:out value='${p.id}'/>">
                            <button class="btn btn-small"><fmt:message key="common.restore"/></button>
                        </form>
                    </c:when>
                    <c:otherwise>
                        <a class="btn btn-small" href="<c:url value='/barang/edit'><c:param name='id' value='${p.id}'/></c:url>"><fmt:message key="common.edit"/></a>
                        <fmt:message key="common.confirmArchive" var="confirmText"><fmt:param value="${p.name}"/></fmt:message>
                        <form class="inline" method="post" action="<c:url value='/barang/arsipkan'/>" data-confirm="<c:out value='${confirmText}'/>">
                            <t:csrf/><input type="hidden" name="id" value="<c:out value='${p.id}'/>">
                            <button class="btn btn-small btn-danger"><fmt:message key="common.delete"/></button>
                        </form>
                    </c:otherwise>
                </c:choose>
            </td>
        </tr>
    </c:forEach>
    <c:if test="${empty products}"><tr><td colspan="8" class="muted"><fmt:message key="common.none"/></td></tr></c:if>
    </tbody>
</table>
</div>
<c:if test="${pages > 1}">
<nav class="pager" aria-label="Halaman">
    <c:url value="/barang" var="prevUrl"><c:param name="q" value="${q}"/><c:if test="${archived}"><c:param name="arsip" value="1"/></c:if><c:param name="hal" value="${page - 1}"/></c:url>
    <c:url value="/barang" var="nextUrl"><c:param name="q" value="${q}"/><c:if test="${archived}"><c:param name="arsip" value="1"/></c:if><c:param name="hal" value="${page + 1}"/></c:url>
    <c:choose><c:when test="${page > 1}"><a href="<c:out value='${prevUrl}'/>" rel="prev"><fmt:message key="common.prev"/></a></c:when>
        <c:otherwise><span class="disabled"><fmt:message key="common.prev"/></span></c:otherwise></c:choose>
    <span class="current"><fmt:message key="common.page"><fmt:param value="${page}"/><fmt:param value="${pages}"/></fmt:message></span>
    <c:choose><c:when test="${page < pages}"><a href="<c:out value='${nextUrl}'/>" rel="next"><fmt:message key="common.next"/></a></c:when>
        <c:otherwise><span class="disabled"><fmt:message key="common.next"/></span></c:otherwise></c:choose>
</nav>
</c:if>
</t:layout>
