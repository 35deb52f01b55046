<fmt:message key="label.title" var="title"/>
<t:layout title="${title}" active="barang">
<div class="page-head">
    <h1 class="page-title"><c:out value="${title}"/></h1>
</div>
<div class="toolbar">
    <form method="get" action="<c:url value='/label'/>" role="search">
        <fmt:message key="product.search" var="searchLabel"/>
        <input type="search" name="q" value="<c:out value='${q}'/>" placeholder="<c:out value='${searchLabel}'/>" aria-label="<c:out value='${searchLabel}'/>" maxlength="100" autofocus>
        <button type="submit" class="btn"><fmt:message key="common.search"/></button>
    </form>
    <form method="post" action="<c:url value='/label/awalan'/>" id="prefix-form">
        <t:csrf/>
        <label for="f-prefix"><fmt:message key="label.prefix"/></label>
        <input id="f-prefix" name="prefix" maxlength="6" size="6" value="<c:out value='${prefix}'/>">
        <button type="submit" class="btn btn-small"><fmt:message key="common.save"/></button>
    </form>
</div>
<p class="muted"><fmt:message key="label.hint"/></p>
<form method="post" action="<c:url value='/label/cetak'/>" id="label-form">
    <t:csrf/>
    <div class="table-wrap">
    <table class="data" id="label-products">
        <thead><tr>
            <th><fmt:message key="product.name"/></th>
            <th><fmt:message key="product.barcode"/></th>
            <th class="num"><fmt:message key="product.sellPrice"/></th>
            <th class="num"><fmt:message key="label.copies"/></th>
        </tr></thead>
        <tbody>
        <c:forEach items="${products}" var="p">
            <tr>
                <td class="name"><c:out value="${p.name}"/></td>
                <td class="nowrap"><c:choose><c:when test="${empty p.barcode}"><span class="badge badge-warn"><fmt:message key="label.noBarcode"/></span></c:when><c:otherwise><c:out value="${p.barcode}"/></c:otherwise></c:choose></td>
                <td class="num money"><c:out value="${cermin:rupiah(p.sellPrice)}"/></td>
                <td class="num">
                    <input type="hidden" name="productId" value="<c:out value='${p.id}'/>">
                    <input name="copies" class="num line-qty" inputmode="numeric" maxlength="3" aria-label="<c:out value='${p.name}'/>">
                </td>
            </tr>
        </c:forEach>
        <c:if test="${empty products}"><tr><td colspan="4" class="muted"><fmt:message key="common.none"/></td></tr></c:if>
        </tbody>
    </table>
    </div>
    <div class="actions">
        <label for="f-kertas"><fmt:message key="receipt.paper"/></label>
        <select id="f-kertas" name="kertas">
            <option value="a4"><fmt:message key="label.paperA4"/></option>
            <option value="58"><fmt:message key="label.paper58"/></option>
        </select>
        <button type="submit" class="btn btn-primary" id="print-labels"><fmt:message key="label.print"/></button>
    </div>
</form>
</t:layout>
