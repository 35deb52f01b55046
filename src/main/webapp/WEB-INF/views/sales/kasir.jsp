<fmt:message key="kasir.title" var="title"/>
<t:layout title="${title}" active="kasir">
<fmt:message key="kasir.notFound" var="notFoundText"><fmt:param value="{0}"/></fmt:message>
<div id="kasir" class="kasir" data-lookup="<c:url value='/kasir/cari'/>" data-not-found="<c:out value='${notFoundText}'/>"
     data-lookup-failed="<fmt:message key='kasir.lookupFailed'/>" data-empty="<fmt:message key='kasir.empty'/>">
    <div class="kasir-main">
        <div class="page-head"><h1 class="page-title"><c:out value="${title}"/></h1>
            <div class="page-actions"><button type="button" class="btn" id="clear-cart"><fmt:message key="kasir.clear"/></button></div>
        </div>
        <c:if test="${not empty errors}">
            <fmt:message key="${errors['form']}" var="errorText"><fmt:param
                    value="${empty errors['amount'] ? errors['argument'] : cermin:rupiah(errors['amount'])}"/></fmt:message>
            <div class="alert alert-error" role="alert" id="checkout-error"><c:out value="${errorText}"/></div>
        </c:if>
        <div class="scan">
            <label for="scan"><fmt:message key="kasir.scan"/></label>
            <input id="scan" type="text" autocomplete="off" autofocus maxlength="100"
                   placeholder="<fmt:message key='kasir.scan.placeholder'/>" aria-describedby="scan-help">
            <div id="scan-help" class="hint muted"><fmt:message key="kasir.scan.help"/></div>
            <ul id="suggestions" class="suggestions" role="listbox" hidden></ul>
            <div id="scan-message" class="alert alert-warn" role="status" hidden></div>
        </div>
        <div class="table-wrap">
        <table class="data cart" id="cart">
            <thead><tr>
                <th><fmt:message key="product.name"/></th>
                <th class="num"><fmt:message key="kasir.price"/></th>
                <th class="num"><fmt:message key="kasir.qty"/></th>
                <th class="num"><fmt:message key="kasir.subtotal"/></th>
                <th></th>
            </tr></thead>
            <tbody id="cart-lines"></tbody>
        </table>
        </div>
        <p id="cart-empty" class="muted"><fmt:message key="kasir.empty"/></p>
    </div>
    <form class="kasir-pay card" id="pay-form" method="post" action="<c:url value='/kasir/bayar'/>">
        <t:csrf/>
        <input type="hidden" name="key" id="cart-key">
        <div id="cart-fields"></div>
        <div class="total-row"><span><fmt:message key="kasir.total"/></span><strong id="total" class="money">Rp 0</strong></div>
        <div class="field">
            <label for="paid"><fmt:message key="kasir.paid"/></label>
            <input id="paid" name="paid" class="num money" inputmode="numeric" autocomplete="off" maxlength="20">
        </div>
        <div class="quick-pay" id="quick-pay">
            <button type="button" class="btn btn-small" data-pay="exact"><fmt:message key="kasir.exact"/></button>
            <button type="button" class="btn btn-small" data-pay="50000">Rp 50.000</button>
            <button type="button" class="btn btn-small" data-pay="100000">Rp 100.000</button>
            <button type="button" class="btn btn-small" data-pay="200000">Rp 200.000</button>
            <button type="button" class="btn btn-small" data-pay="500000">Rp 500.000</button>
        </div>
        <div class="total-row"><span><fmt:message key="kasir.change"/></span><strong id="change" class="money">Rp 0</strong></div>
        <div id="pay-message" class="alert alert-error" role="alert" hidden><fmt:message key="kasir.paidLess"/></div>
        <button type="submit" class="btn btn-primary btn-pay" id="pay-button"><fmt:message key="kasir.pay"/></button>
        <p class="hint muted"><fmt:message key="kasir.keys"/></p>
    </form>
</div>
<template id="line-template">
    <tr>
        <td class="name"><span class="line-name"></span> <span class="badge badge-warn line-warn" hidden><fmt:message key="kasir.overStock"/></span></td>
        <td class="num money line-price"></td>
        <td class="num"><input class="num line-qty" inputmode="decimal" maxlength="12" aria-label="<fmt:message key='kasir.qty'/>"> <span class="line-unit muted"></span></td>
        <td class="num money line-subtotal"></td>
        <td class="actions"><button type="button" class="btn btn-small btn-danger line-remove" aria-label="<fmt:message key='common.delete'/>">×</button></td>
    </tr>
</template>
<script src="<c:url value='/static/js/cart-common.js'/>"></script>
<script src="<c:url value='/static/js/kasir.js'/>"></script>
</t:layout>
