<fmt:message key="stockin.title" var="title"/>
<t:layout title="${title}" active="barang-masuk">
<fmt:message key="kasir.notFound" var="notFoundText"><fmt:param value="{0}"/></fmt:message>
<fmt:message key="stockin.belowCost" var="belowCostText"/>
<div id="stock-in" class="kasir" data-lookup="<c:url value='/barang-masuk/cari'/>" data-below-cost="<c:out value='${belowCostText}'/>"
     data-not-found="<c:out value='${notFoundText}'/>" data-lookup-failed="<fmt:message key='kasir.lookupFailed'/>"
     data-empty="<fmt:message key='stockin.empty'/>">
    <div class="kasir-main">
        <div class="page-head"><h1 class="page-title"><c:out value="${title}"/></h1>
            <div class="page-actions"><button type="button" class="btn" id="clear-cart"><fmt:message key="kasir.clear"/></button></div>
        </div>
        <c:if test="${not empty errors}">
            <fmt:message key="${empty errors['form'] ? 'error.form' : errors['form']}" var="errorText"><fmt:param
                    value="${errors['argument']}"/></fmt:message>
            <div class="alert alert-error" role="alert" id="stock-in-error"><c:out value="${errorText}"/></div>
        </c:if>
        <div class="scan">
            <label for="scan"><fmt:message key="kasir.scan"/></label>
            <input id="scan" type="text" autocomplete="off" autofocus maxlength="100"
                   placeholder="<fmt:message key='kasir.scan.placeholder'/>">
            <ul id="suggestions" class="suggestions" role="listbox" hidden></ul>
            <div id="scan-message" class="alert alert-warn" role="status" hidden></div>
        </div>
        <div class="table-wrap">
        <table class="data cart">
            <thead><tr>
                <th><fmt:message key="product.name"/></th>
                <th class="num"><fmt:message key="kasir.qty"/></th>
                <th class="num"><fmt:message key="stockin.unitCost"/></th>
                <th class="num"><fmt:message key="kasir.subtotal"/></th>
                <th></th>
            </tr></thead>
            <tbody id="cart-lines"></tbody>
        </table>
        </div>
        <p id="cart-empty" class="muted"><fmt:message key="kasir.empty"/></p>
    </div>
    <form class="kasir-pay card" id="stock-in-form" method="post" action="<c:url value='/barang-masuk/simpan'/>">
        <t:csrf/>
        <input type="hidden" name="key" id="cart-key">
        <div id="cart-fields"></div>
        <div class="total-row"><span><fmt:message key="kasir.total"/></span><strong id="total" class="money">Rp 0</strong></div>
        <t:field name="supplierId" label="stockin.supplier">
            <select id="f-supplierId" name="supplierId">
                <option value=""><fmt:message key="stockin.noSupplier"/></option>
                <c:forEach items="${suppliers}" var="s"><option value="<c:out value='${s.id}'/>" ${param.supplierId == s.id ? 'selected' : ''}><c:out value="${s.name}"/></option></c:forEach>
            </select>
        </t:field>
        <t:field name="supplier" label="stockin.otherSupplier">
            <input id="f-supplier" name="supplier" maxlength="150" value="<c:out value='${param.supplier}'/>">
        </t:field>
        <t:field name="creditDays" label="stockin.creditDays" hint="stockin.creditDays.hint">
            <input id="f-creditDays" name="creditDays" class="num" inputmode="numeric" maxlength="3" value="<c:out value='${empty param.creditDays ? 0 : param.creditDays}'/>">
        </t:field>
        <t:field name="note" label="stockin.note">
            <input id="f-note" name="note" maxlength="500" value="<c:out value='${param.note}'/>">
        </t:field>
        <div class="field">
            <label><input type="checkbox" name="updateCost" value="1" checked> <fmt:message key="stockin.updateCost"/></label>
        </div>
        <button type="submit" class="btn btn-primary btn-pay" id="save-button"><fmt:message key="stockin.save"/></button>
    </form>
</div>
<template id="line-template">
    <tr>
        <td class="name"><span class="line-name"></span> <span class="badge badge-warn line-below-cost" hidden></span></td>
        <td class="num"><input class="num line-qty" inputmode="decimal" maxlength="12" aria-label="<fmt:message key='kasir.qty'/>">
            <select class="line-unit" aria-label="<fmt:message key='product.unit'/>"></select></td>
        <td class="num"><input class="num line-cost" inputmode="numeric" maxlength="15" aria-label="<fmt:message key='stockin.unitCost'/>"></td>
        <td class="num money line-subtotal"></td>
        <td class="actions"><button type="button" class="btn btn-small btn-danger line-remove" aria-label="<fmt:message key='common.delete'/>">×</button></td>
    </tr>
</template>
<script src="<c:url value='/static/js/cart-common.js'/>"></script>
<script src="<c:url value='/static/js/stock-in.js'/>"></script>
</t:layout>
