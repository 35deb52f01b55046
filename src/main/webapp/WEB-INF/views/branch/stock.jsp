<fmt:message key="stock.title" var="title"/>
<t:layout title="${title}" active="stok-cabang">
<div class="page-head">
    <h1 class="page-title"><c:out value="${title}"/></h1>
    <div class="page-actions"><a class="btn" href="<c:url value='/mutasi'/>"><fmt:message key="transfer.title"/></a></div>
</div>
<p class="muted"><fmt:message key="stock.hint"/></p>
<div class="toolbar">
    <form method="get" action="<c:url value='/stok'/>" role="search">
        <fmt:message key="product.search" var="searchLabel"/>
        <input type="search" name="q" value="<c:out value='${q}'/>" placeholder="<c:out value='${searchLabel}'/>"
               aria-label="<c:out value='${searchLabel}'/>" maxlength="100">
        <label><input type="checkbox" name="menipis" value="1" ${lowOnly ? 'checked' : ''}> <fmt:message key="stock.lowOnly"/></label>
        <button type="submit" class="btn"><fmt:message key="common.search"/></button>
    </form>
    <span class="muted"><fmt:message key="product.count"><fmt:param value="${sheet.total()}"/></fmt:message></span>
</div>
<c:set var="many" value="${fn:length(sheet.stores()) > 1}"/>
<div class="table-wrap">
<table class="data" id="stock-sheet">
    <thead><tr>
        <th><fmt:message key="product.name"/></th>
        <th><fmt:message key="product.unit"/></th>
        <th class="num"><fmt:message key="stock.minStock"/></th>
        <c:forEach items="${sheet.stores()}" var="s">
            <th class="num store-col"><c:out value="${s}"/><br><span class="muted small"><fmt:message key="stock.lowCount"><fmt:param value="${sheet.lowCounts()[s]}"/></fmt:message></span></th>
        </c:forEach>
        <c:if test="${many}"><th class="num"><fmt:message key="stock.total"/></th></c:if>
        <th class="num"><fmt:message key="stock.inTransit"/></th>
    </tr></thead>
    <tbody>
    <c:forEach items="${sheet.rows()}" var="r">
        <tr data-product="<c:out value='${r.productId()}'/>">
            <td class="name"><c:out value="${r.name()}"/></td>
            <td><c:out value="${r.unitCode()}"/></td>
            <td class="num"><c:out value="${cermin:qty(r.minStock())}"/></td>
            <c:forEach items="${sheet.stores()}" var="s">
                <td class="num${r.lowAt(s) ? ' low-cell' : ''}" data-store="<c:out value='${s}'/>"><c:out value="${cermin:qty(r.at(s))}"/>
                    <c:if test="${r.lowAt(s)}"> <span class="badge badge-warn"><fmt:message key="product.low"/></span></c:if></td>
            </c:forEach>
            <c:if test="${many}"><td class="num strong" data-store="total"><c:out value="${cermin:qty(r.total())}"/></td></c:if>
            <td class="num muted" data-store="transit"><c:if test="${r.inTransit().signum() != 0}"><c:out value="${cermin:qty(r.inTransit())}"/></c:if></td>
        </tr>
    </c:forEach>
    <c:if test="${empty sheet.rows()}"><tr><td colspan="${5 + fn:length(sheet.stores())}" class="muted"><fmt:message key="common.none"/></td></tr></c:if>
    </tbody>
</table>
</div>
<c:url value="/stok" var="pageUrl"><c:param name="q" value="${q}"/><c:if test="${lowOnly}"><c:param name="menipis" value="1"/></c:if></c:url>
<t:pager url="${pageUrl}&" page="${sheet.page()}" pages="${sheet.pages()}"/>
</t:layout>
