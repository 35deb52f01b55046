<fmt:message key="kasir.title" var="title"/>
<t:layout title="${title}" active="kasir">
<fmt:message key="kasir.notFound" var="notFoundText"><fmt:param value="{0}"/></fmt:message>
<div id="kasir" class="kasir" data-lookup="<c:url value='/kasir/cari'/>" data-catalogue="<c:url value='/kasir/katalog'/>" data-customers="<c:url value='/kasir/pelanggan'/>"
     data-approval="<c:out value='${errors.approval}'/>" data-not-found="<c:out value='${notFoundText}'/>"
     data-lookup-failed="<fmt:message key='kasir.lookupFailed'/>" data-empty="<fmt:message key='kasir.empty'/>">
    <div class="kasir-main">
        <div class="page-head"><h1 class="page-title"><c:out value="${title}"/></h1>
            <div class="page-actions"><button type="button" class="btn" id="clear-cart"><fmt:message key="kasir.clear"/></button></div>
        </div>
        <c:if test="${not empty errors}">
            <fmt:message key="${errors['form']}" var="errorText"><fmt:param
                    value="${empty errors['amount'] ? errors['argument'] : cermin:rupiah(errors['amount'])}"/></fmt:message>
            <div class="alert alert-error" role="alert" id="checkout-error"><c:out value="${errorText}"/>
                <c:if test="${errors.approval == 'refused'}"><br><fmt:message key="kasir.approvalRefused"/></c:if></div>
        </c:if>
        <div class="customer-bar" id="customer-bar">
            <span class="muted"><fmt:message key="kasir.customer"/></span>
            <strong id="customer-name"><fmt:message key="kasir.walkIn"/></strong>
            <span class="badge" id="customer-level"></span>
            <button type="button" class="btn btn-small" id="customer-clear" hidden aria-label="<fmt:message key='kasir.walkIn'/>">×</button>
            <span id="customer-credit" class="customer-credit" hidden><fmt:message key="kasir.owes"/> <strong id="customer-balance" class="money"></strong>
                · <fmt:message key="kasir.limit"/> <span id="customer-limit" class="money"></span></span>
        </div>
        <div class="scan" id="customer-search" hidden>
            <label for="customer-q"><fmt:message key="kasir.customerSearch"/></label>
            <input id="customer-q" type="text" autocomplete="off" maxlength="100" aria-describedby="customer-help">
            <div id="customer-help" class="hint muted"><fmt:message key="kasir.customerHelp"/></div>
            <ul id="customer-suggestions" class="suggestions" role="listbox" hidden></ul>
        </div>
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
                <th><fmt:message key="product.unit"/></th>
                <th class="num"><fmt:message key="kasir.price"/></th>
                <th class="num"><fmt:message key="kasir.qty"/></th>
                <th class="num"><fmt:message key="kasir.discount"/></th>
                <th class="num"><fmt:message key="kasir.subtotal"/></th>
                <th></th>
            </tr></thead>
            <tbody id="cart-lines"></tbody>
        </table>
        </div>
        <p id="cart-empty" class="muted"><fmt:message key="kasir.empty"/></p>
        <p class="hint muted keys" id="kasir-keys"><fmt:message key="kasir.keys.all"/></p>
    </div>
    <form class="kasir-pay card" id="pay-form" method="post" action="<c:url value='/kasir/bayar'/>">
        <t:csrf/>
        <input type="hidden" name="key" id="cart-key">
        <input type="hidden" name="customerId" id="customer-id">
        <div id="cart-fields"></div>
        <div class="sum-row"><span><fmt:message key="kasir.subtotal"/></span><span id="subtotal" class="money">Rp 0</span></div>
        <div class="sum-row">
            <label for="sale-disc"><fmt:message key="kasir.saleDiscount"/></label>
            <input id="sale-disc" name="saleDisc" class="num disc" autocomplete="off" maxlength="20" placeholder="0 / 5%">
        </div>
        <div class="total-row"><span><fmt:message key="kasir.total"/></span><strong id="total" class="money">Rp 0</strong></div>
        <div class="field">
            <label for="paid"><fmt:message key="kasir.cash"/></label>
            <input id="paid" name="paid" class="num money" inputmode="numeric" autocomplete="off" maxlength="20">
        </div>
        <div class="quick-pay" id="quick-pay">
            <button type="button" class="btn btn-small" data-pay="exact"><fmt:message key="kasir.exact"/></button>
            <button type="button" class="btn btn-small" data-pay="50000">Rp 50.000</button>
            <button type="button" class="btn btn-small" data-pay="100000">Rp 100.000</button>
            <button type="button" class="btn btn-small" data-pay="200000">Rp 200.000</button>
            <button type="button" class="btn btn-small" data-pay="500000">Rp 500.000</button>
        </div>
        <div id="payments" class="payments"></div>
        <div class="method-menu" id="method-menu" role="listbox" hidden>
            <c:forEach items="${['TRANSFER', 'QRIS', 'KARTU', 'BON']}" var="m" varStatus="i">
                <div role="option" data-method="${m}" class="method-option"><kbd>${i.count}</kbd> <fmt:message key="method.${m}"/></div>
            </c:forEach>
        </div>
        <button type="button" class="btn btn-small" id="add-payment"><fmt:message key="kasir.addPayment"/></button>
        <div class="total-row"><span><fmt:message key="kasir.change"/></span><strong id="change" class="money">Rp 0</strong></div>
        <div class="sum-row" id="bon-row" hidden><span><fmt:message key="method.BON"/></span><strong id="bon-total" class="money"></strong></div>
        <c:if test="${hasQris}">
            <figure class="qris-panel" id="qris-panel" hidden>
                <img src="<c:url value='/qris'/>" alt="QRIS">
                <figcaption><fmt:message key="kasir.qrisScan"/> <strong id="qris-amount" class="money"></strong></figcaption>
            </figure>
        </c:if>
        <fieldset class="approval" id="approval" hidden>
            <legend><fmt:message key="kasir.approval"/></legend>
            <p class="hint muted"><fmt:message key="kasir.approval.hint"/></p>
            <div class="field"><label for="approver"><fmt:message key="login.username"/></label>
                <input id="approver" name="approver" autocomplete="off" maxlength="50"></div>
            <div class="field"><label for="approver-password"><fmt:message key="login.password"/></label>
                <input id="approver-password" name="approverPassword" type="password" autocomplete="off" maxlength="128"></div>
        </fieldset>
        <div id="pay-message" class="alert alert-error" role="alert" hidden></div>
        <button type="submit" class="btn btn-primary btn-pay" id="pay-button"><fmt:message key="kasir.pay"/></button>
        <p class="hint muted"><fmt:message key="kasir.keys"/></p>
    </form>
</div>
<template id="line-template">
    <tr>
        <td class="name"><span class="line-name"></span> <span class="badge line-level" hidden></span> <span class="badge badge-warn line-warn" hidden><fmt:message key="kasir.overStock"/></span></td>
        <td><select class="line-unit" aria-label="<fmt:message key='product.unit'/>"></select></td>
        <td class="num money line-price"></td>
        <td class="num"><input class="num line-qty" inputmode="decimal" maxlength="12" aria-label="<fmt:message key='kasir.qty'/>"></td>
        <td class="num"><input class="num line-disc disc" maxlength="20" autocomplete="off" placeholder="0" aria-label="<fmt:message key='kasir.discount'/>"></td>
        <td class="num money line-subtotal"></td>
        <td class="actions"><button type="button" class="btn btn-small btn-danger line-remove" aria-label="<fmt:message key='common.delete'/>">×</button></td>
    </tr>
</template>
<template id="payment-template">
    <div class="pay-row">
        <label class="pay-method"></label>
        <input class="num money pay-amount" inputmode="numeric" autocomplete="off" maxlength="20">
        <input class="pay-ref" autocomplete="off" maxlength="60" placeholder="<fmt:message key='kasir.payRef'/>" aria-label="<fmt:message key='kasir.payRef'/>">
        <button type="button" class="btn btn-small btn-danger pay-remove" aria-label="<fmt:message key='common.delete'/>">×</button>
    </div>
</template>
<div hidden id="kasir-text"
     data-level-eceran="<fmt:message key='level.ECERAN'/>" data-level-grosir="<fmt:message key='level.GROSIR'/>"
     data-level-kontraktor="<fmt:message key='level.KONTRAKTOR'/>"
     data-method-transfer="<fmt:message key='method.TRANSFER'/>" data-method-qris="<fmt:message key='method.QRIS'/>"
     data-method-kartu="<fmt:message key='method.KARTU'/>" data-method-bon="<fmt:message key='method.BON'/>"
     data-walk-in="<fmt:message key='kasir.walkIn'/>" data-customer-not-found="<fmt:message key='kasir.customerNotFound'/>" data-short="<fmt:message key='kasir.short'/>"
     data-over="<fmt:message key='kasir.nonCashOver'/>" data-bon-needs-customer="<fmt:message key='kasir.bonNeedsCustomer'/>"
     data-empty="<fmt:message key='error.emptyCart'/>" data-over-limit="<fmt:message key='kasir.overLimit'/>"></div>
<script src="<c:url value='/static/js/cart-common.js'/>"></script>
<script src="<c:url value='/static/js/counter-catalogue.js'/>"></script>
<script src="<c:url value='/static/js/kasir.js'/>"></script>
</t:layout>
