<fmt:message key="adjustment.title" var="title"/>
<t:layout title="${title}" active="stok">
<div class="page-head">
    <h1 class="page-title"><c:out value="${title}"/></h1>
    <div class="page-actions"><a class="btn" href="<c:url value='/stok/opname'/>"><fmt:message key="opname.title"/></a></div>
</div>
<c:if test="${not empty errors}">
    <fmt:message key="error.form" var="errorText"/>
    <div class="alert alert-error" role="alert"><c:out value="${errorText}"/></div>
</c:if>
<fmt:message key="kasir.notFound" var="notFoundText"><fmt:param value="{0}"/></fmt:message>
<form class="card form" method="post" action="<c:url value='/stok/penyesuaian/simpan'/>" id="count-form"
      data-lookup="<c:url value='/barang-masuk/cari'/>" data-not-found="<c:out value='${notFoundText}'/>"
      data-lookup-failed="<fmt:message key='kasir.lookupFailed'/>" data-pick-first="<fmt:message key='pick.first'/>">
    <t:csrf/>
    <input type="hidden" name="productId" id="count-product-id" value="<c:out value='${param.productId}'/>">
    <input type="hidden" name="productName" id="count-product-name" value="<c:out value='${param.productName}'/>">
    <t:field name="productId" label="adjustment.product">
        <div class="scan">
            <input id="scan" type="text" autocomplete="off" autofocus maxlength="100" placeholder="<fmt:message key='kasir.scan.placeholder'/>">
            <ul id="suggestions" class="suggestions" role="listbox" hidden></ul>
            <div id="scan-message" class="alert alert-warn" role="status" hidden></div>
            <strong id="count-picked"><c:out value="${param.productName}"/></strong>
        </div>
    </t:field>
    <div class="field-row">
        <t:field name="quantity" label="adjustment.quantity">
            <input id="f-counted" name="quantity" class="num" inputmode="decimal" maxlength="15" value="<c:out value='${param.quantity}'/>">
        </t:field>
        <div class="field">
            <label for="f-direction"><fmt:message key="adjustment.direction"/></label>
            <select id="f-direction" name="direction">
                <option value="kurang"><fmt:message key="adjustment.takes"/></option>
                <option value="tambah" ${param.direction == 'tambah' ? 'selected' : ''}><fmt:message key="adjustment.adds"/></option>
            </select>
        </div>
        <t:field name="reason" label="adjustment.reason">
            <select id="f-reason" name="reason">
                <c:forEach items="${reasons}" var="r"><option value="${r}" ${param.reason == r.name() ? 'selected' : ''}><fmt:message key="adjustment.reason.${r}"/></option></c:forEach>
            </select>
        </t:field>
    </div>
    <t:field name="note" label="adjustment.note" hint="adjustment.note.hint">
        <input id="f-note" name="note" maxlength="255" value="<c:out value='${param.note}'/>">
    </t:field>
    <button type="submit" class="btn btn-primary" id="count-save"><fmt:message key="adjustment.save"/></button>
</form>
<h2 class="section-title"><fmt:message key="adjustment.recent"/></h2>
<div class="table-wrap">
<table class="data" id="adjustments">
    <thead><tr>
        <th><fmt:message key="report.time"/></th>
        <th><fmt:message key="product.name"/></th>
        <th class="num"><fmt:message key="adjustment.quantity"/></th>
        <th class="num"><fmt:message key="opname.value"/></th>
        <th><fmt:message key="adjustment.reason"/></th>
        <th><fmt:message key="opname.countedBy"/></th>
    </tr></thead>
    <tbody>
    <c:forEach items="${adjustments}" var="a">
        <tr>
            <td class="nowrap"><c:out value="${cermin:dateTime(a.at())}"/></td>
            <td class="name"><c:out value="${a.product()}"/></td>
            <td class="num"><c:out value="${a.delta().signum() > 0 ? '+' : ''}${cermin:qty(a.delta())} ${a.unit()}"/></td>
            <td class="num money"><c:out value="${cermin:rupiah(a.value())}"/></td>
            <td><fmt:message key="adjustment.reason.${a.reason()}"/><c:if test="${not empty a.countReference()}"> <c:out value="${a.countReference()}"/></c:if><c:if test="${not empty a.note()}"> — <c:out value="${a.note()}"/></c:if></td>
            <td><c:out value="${a.by()}"/></td>
        </tr>
    </c:forEach>
    <c:if test="${empty adjustments}"><tr><td colspan="6" class="muted"><fmt:message key="common.none"/></td></tr></c:if>
    </tbody>
</table>
</div>
<script src="<c:url value='/static/js/cart-common.js'/>"></script>
<script src="<c:url value='/static/js/pick-product.js'/>"></script>
</t:layout>
