<fmt:message key="transfer.sendTitle" var="title"/>
<t:layout title="${title}" active="mutasi">
<div id="transfer" class="kasir" data-lookup="<c:url value='/mutasi/cari'/>"
     data-empty="<fmt:message key='transfer.empty'/>">
    <div class="kasir-main">
        <div class="page-head"><h1 class="page-title"><c:out value="${title}"/></h1>
            <div class="page-actions">
                <a class="btn" href="<c:url value='/mutasi'/>"><fmt:message key="transfer.title"/></a>
                <button type="button" class="btn" id="clear-cart"><fmt:message key="kasir.clear"/></button>
            </div>
        </div>
        <c:if test="${not empty errors['form']}">
            <fmt:message key="${errors['form']}" var="errorText"><fmt:param value="${errors['argument']}"/></fmt:message>
            <div class="alert alert-error" role="alert" id="transfer-error"><c:out value="${errorText}"/></div>
        </c:if>
        <c:if test="${empty destinations}"><div class="alert alert-warn" role="status" id="no-branches"><fmt:message key="transfer.noBranches"/></div></c:if>
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
                <th class="num"><fmt:message key="transfer.shelf"/></th>
                <th class="num"><fmt:message key="kasir.qty"/></th>
                <th></th>
            </tr></thead>
            <tbody id="cart-lines"></tbody>
        </table>
        </div>
        <p id="cart-empty" class="muted"><fmt:message key="kasir.empty"/></p>
    </div>
    <form class="kasir-pay card" id="transfer-form" method="post" action="<c:url value='/mutasi/kirim'/>">
        <t:csrf/>
        <input type="hidden" name="key" id="cart-key">
        <div id="cart-fields"></div>
        <t:field name="toStore" label="transfer.to">
            <select id="f-toStore" name="toStore" required>
                <option value=""></option>
                <c:forEach items="${destinations}" var="b">
                    <option value="<c:out value='${b.node}'/>" ${b.node == param.toStore ? 'selected' : ''}><c:out value="${b.label}"/></option>
                </c:forEach>
            </select>
        </t:field>
        <t:field name="note" label="transfer.note">
            <input id="f-note" name="note" maxlength="500" value="<c:out value='${param.note}'/>">
        </t:field>
        <button type="submit" class="btn btn-primary btn-pay" id="send-button" ${empty destinations ? 'disabled' : ''}><fmt:message key="transfer.submit"/></button>
    </form>
</div>
<template id="line-template">
    <tr>
        <td class="name"><span class="line-name"></span></td>
        <td class="num muted line-shelf"></td>
        <td class="num"><input class="num line-qty" inputmode="decimal" maxlength="12" aria-label="<fmt:message key='kasir.qty'/>"> <span class="line-unit muted"></span></td>
        <td class="actions"><button type="button" class="btn btn-small btn-danger line-remove" aria-label="<fmt:message key='common.delete'/>">×</button></td>
    </tr>
</template>
<script src="<c:url value='/static/js/cart-common.js'/>"></script>
<script src="<c:url value='/static/js/transfer.js'/>"></script>
</t:layout>
