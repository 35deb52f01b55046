<fmt:message key="opname.title" var="title"/>
<t:layout title="${title}" active="stok">
<c:set var="count" value="${sheet.count()}"/>
<div class="page-head">
    <h1 class="page-title"><c:out value="${title} ${count.reference}"/>
        <span class="badge ${sheet.open ? 'badge-warn' : (sheet.status() == 'CONFIRMED' ? 'badge-ok' : 'badge-muted')}" id="count-status"><fmt:message key="opname.status.${sheet.status()}"/></span></h1>
    <div class="page-actions">
        <a class="btn" href="<c:url value='/stok/opname'/>"><fmt:message key="common.back"/></a>
        <a class="btn" href="<c:url value='/stok/opname/lembar'><c:param name='id' value='${count.id}'/></c:url>"><fmt:message key="opname.printSheet"/></a>
    </div>
</div>
<p class="muted"><fmt:message key="product.category"/>: <c:choose><c:when test="${empty sheet.category()}"><fmt:message key="opname.allCategories"/></c:when><c:otherwise><c:out value="${sheet.category()}"/></c:otherwise></c:choose>
    · <c:out value="${cermin:dateTime(count.startedAt)}"/><c:if test="${not empty count.note}"> · <c:out value="${count.note}"/></c:if></p>
<div class="cards">
    <div class="card stat"><span class="stat-value" id="counted-lines"><c:out value="${sheet.countedLines()}"/> / <c:out value="${fn:length(sheet.lines())}"/></span><span class="stat-label"><fmt:message key="opname.countedProducts"/></span></div>
    <div class="card stat"><span class="stat-value" id="differing-lines"><c:out value="${sheet.differingLines()}"/></span><span class="stat-label"><fmt:message key="opname.differing"/></span></div>
    <div class="card stat"><span class="stat-value money" id="short-value"><c:out value="${cermin:rupiah(sheet.shortValue())}"/></span><span class="stat-label"><fmt:message key="opname.short"/></span></div>
    <div class="card stat"><span class="stat-value money" id="over-value"><c:out value="${cermin:rupiah(sheet.overValue())}"/></span><span class="stat-label"><fmt:message key="opname.over"/></span></div>
</div>
<c:if test="${sheet.open}">
<fmt:message key="kasir.notFound" var="notFoundText"><fmt:param value="{0}"/></fmt:message>
<form class="card count-entry" method="post" action="<c:url value='/stok/opname/catat'/>" id="count-form"
      data-lookup="<c:url value='/barang-masuk/cari'/>" data-not-found="<c:out value='${notFoundText}'/>"
      data-lookup-failed="<fmt:message key='kasir.lookupFailed'/>" data-pick-first="<fmt:message key='pick.first'/>">
    <t:csrf/>
    <input type="hidden" name="id" value="<c:out value='${count.id}'/>">
    <input type="hidden" name="productId" id="count-product-id">
    <input type="hidden" name="productName" id="count-product-name">
    <div class="field-row">
        <div class="field scan">
            <label for="scan"><fmt:message key="kasir.scan"/></label>
            <input id="scan" type="text" autocomplete="off" autofocus maxlength="100" placeholder="<fmt:message key='kasir.scan.placeholder'/>">
            <ul id="suggestions" class="suggestions" role="listbox" hidden></ul>
            <div id="scan-message" class="alert alert-warn" role="status" hidden></div>
        </div>
        <div class="field">
            <label for="f-counted"><fmt:message key="opname.counted"/> <span id="count-picked" class="muted"></span></label>
            <input id="f-counted" name="counted" class="num" inputmode="decimal" maxlength="15" autocomplete="off">
        </div>
    </div>
    <button type="submit" class="btn btn-primary" id="count-save"><fmt:message key="opname.record"/></button>
</form>
</c:if>
<div class="table-wrap">
<table class="data" id="count-lines">
    <thead><tr>
        <th><fmt:message key="product.name"/></th>
        <th class="num"><fmt:message key="opname.counted"/></th>
        <th class="num"><fmt:message key="opname.expected"/></th>
        <th class="num"><fmt:message key="opname.difference"/></th>
        <th class="num"><fmt:message key="opname.value"/></th>
        <th><fmt:message key="opname.countedBy"/></th>
        <c:if test="${sheet.open}"><th><fmt:message key="opname.quickCount"/></th></c:if>
    </tr></thead>
    <tbody>
    <c:forEach items="${sheet.lines()}" var="l">
        <tr class="${l.difference().signum() != 0 ? 'low' : ''}" data-product="<c:out value='${l.productId()}'/>">
            <td class="name"><c:out value="${l.name()}"/> <span class="muted"><c:out value="${l.unit()}"/></span>
                <div class="muted mono"><c:out value="${l.barcode()}"/></div></td>
            <td class="num counted"><c:if test="${l.counted}"><c:out value="${cermin:qty(l.counted())}"/></c:if></td>
            <td class="num expected"><c:if test="${l.counted}"><c:out value="${cermin:qty(l.expected())}"/></c:if></td>
            <td class="num difference"><c:if test="${l.counted}"><c:out value="${l.difference().signum() > 0 ? '+' : ''}${cermin:qty(l.difference())}"/></c:if></td>
            <td class="num money value"><c:if test="${l.counted}"><c:out value="${cermin:rupiah(l.value())}"/></c:if></td>
            <td class="nowrap"><c:if test="${l.counted}"><c:out value="${l.countedBy()}"/> <span class="muted"><c:out value="${cermin:dateTime(l.countedAt())}"/></span></c:if></td>
            <c:if test="${sheet.open}">
            <td class="nowrap">
                <form class="inline" method="post" action="<c:url value='/stok/opname/catat'/>">
                    <t:csrf/>
                    <input type="hidden" name="id" value="<c:out value='${count.id}'/>">
                    <input type="hidden" name="productId" value="<c:out value='${l.productId()}'/>">
                    <input type="hidden" name="productName" value="<c:out value='${l.name()}'/>">
                    <fmt:message key="opname.counted" var="countedLabel"/>
                    <input name="counted" class="num line-qty" inputmode="decimal" maxlength="15" aria-label="<c:out value='${countedLabel} ${l.name()}'/>">
                    <button class="btn btn-small"><fmt:message key="common.save"/></button>
                </form>
            </td>
            </c:if>
        </tr>
    </c:forEach>
    </tbody>
    <tfoot><tr>
        <th colspan="4"><fmt:message key="opname.net"/></th>
        <th class="num money" id="net-value"><c:out value="${cermin:rupiah(sheet.netValue())}"/></th>
        <th colspan="${sheet.open ? 2 : 1}"></th>
    </tr></tfoot>
</table>
</div>
<c:if test="${sheet.open}">
<div class="actions">
    <form class="inline" method="post" action="<c:url value='/stok/opname/konfirmasi'/>" id="confirm-count">
        <t:csrf/><input type="hidden" name="id" value="<c:out value='${count.id}'/>">
        <button class="btn btn-success"><fmt:message key="opname.confirm"/></button>
    </form>
    <fmt:message key="opname.confirmCancel" var="cancelText"><fmt:param value="${count.reference}"/></fmt:message>
    <form class="inline" method="post" action="<c:url value='/stok/opname/batal'/>" data-confirm="<c:out value='${cancelText}'/>">
        <t:csrf/><input type="hidden" name="id" value="<c:out value='${count.id}'/>">
        <button class="btn btn-danger"><fmt:message key="opname.cancel"/></button>
    </form>
    <p class="hint muted"><fmt:message key="opname.howSales"/></p>
</div>
<script src="<c:url value='/static/js/cart-common.js'/>"></script>
<script src="<c:url value='/static/js/pick-product.js'/>"></script>
</c:if>
</t:layout>
