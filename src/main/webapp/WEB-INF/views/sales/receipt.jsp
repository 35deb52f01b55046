<fmt:message key="receipt.title" var="title"/>
<t:layout title="${title}" active="kasir">
<div class="receipt-tools no-print">
    <a class="btn btn-primary" id="new-sale" href="<c:url value='/kasir'/>" autofocus><fmt:message key="receipt.new"/></a>
    <button type="button" class="btn" id="print-receipt"><fmt:message key="receipt.print"/></button>
    <label><fmt:message key="receipt.paper"/>
        <select id="paper">
            <option value="paper-58">58 mm</option>
            <option value="paper-80">80 mm</option>
            <option value="paper-a4">A4</option>
        </select>
    </label>
</div>
<article class="receipt paper-58" id="receipt" data-sale-key="<c:out value='${sale.idempotencyKey}'/>">
    <header>
        <h1><c:out value="${store.name()}"/></h1>
        <c:if test="${not empty store.address()}"><p><c:out value="${store.address()}"/></p></c:if>
        <c:if test="${not empty store.phone()}"><p><c:out value="${store.phone()}"/></p></c:if>
    </header>
    <c:if test="${copy}"><p class="receipt-copy" id="receipt-copy"><fmt:message key="receipt.copy"/></p></c:if>
    <p class="receipt-meta">
        <span><c:out value="${sale.receiptNo}"/></span>
        <span><c:out value="${cermin:dateTime(sale.soldAt)}"/></span>
        <span><fmt:message key="receipt.cashier"/>: <c:out value="${cashier}"/></span>
        <c:if test="${not empty customer}"><span id="receipt-customer"><fmt:message key="receipt.customer"/>: <c:out value="${customer.name}"/></span></c:if>
    </p>
    <table class="receipt-lines">
        <c:forEach items="${sale.lines}" var="line">
            <tr><td colspan="2" class="item"><c:out value="${line.productName}"/></td></tr>
            <tr>
                <td class="qty"><c:out value="${cermin:qty(line.quantity) += ' ' += line.unitCode += ' × ' += cermin:rupiah(line.unitPrice)}"/></td>
                <td class="num"><c:out value="${cermin:rupiah(line.gross)}"/></td>
            </tr>
            <c:if test="${line.discount > 0}">
                <tr><td class="qty"><fmt:message key="kasir.discount"/></td><td class="num"><c:out value="${cermin:rupiah(-line.discount)}"/></td></tr>
            </c:if>
        </c:forEach>
    </table>
    <table class="receipt-totals">
        <c:if test="${sale.discount > 0}">
            <tr><td><fmt:message key="kasir.subtotal"/></td><td class="num"><c:out value="${cermin:rupiah(sale.subtotal)}"/></td></tr>
            <tr><td><fmt:message key="kasir.saleDiscount"/></td><td class="num"><c:out value="${cermin:rupiah(-sale.discount)}"/></td></tr>
        </c:if>
        <tr><td><fmt:message key="kasir.total"/></td><td class="num"><c:out value="${cermin:rupiah(sale.total)}"/></td></tr>
        <c:if test="${sale.cash > 0 or empty sale.payments and sale.credit == 0}">
            <tr><td><fmt:message key="kasir.cash"/></td><td class="num"><c:out value="${cermin:rupiah(sale.cash)}"/></td></tr>
        </c:if>
        <c:forEach items="${sale.payments}" var="p">
            <fmt:message key="method.${p.method}" var="methodName"/>
            <tr><td><c:out value="${methodName} ${p.reference}"/></td>
                <td class="num"><c:out value="${cermin:rupiah(p.amount)}"/></td></tr>
        </c:forEach>
        <tr><td><fmt:message key="kasir.change"/></td><td class="num"><c:out value="${cermin:rupiah(sale.changeDue)}"/></td></tr>
        <c:if test="${sale.credit > 0}">
            <tr id="receipt-bon"><td><fmt:message key="receipt.bon"/></td><td class="num"><c:out value="${cermin:rupiah(sale.credit)}"/></td></tr>
        </c:if>
    </table>
    <c:if test="${not empty customer and owed != 0}">
        <fmt:message key="receipt.owed" var="owedText"/>
        <p class="receipt-owed" id="receipt-owed"><c:out value="${owedText} ${cermin:rupiah(owed)}"/></p>
    </c:if>
    <c:set var="paidByQris" value="false"/>
    <c:forEach items="${sale.payments}" var="p"><c:if test="${p.method == 'QRIS'}"><c:set var="paidByQris" value="true"/></c:if></c:forEach>
    <c:if test="${hasQris and (paidByQris or sale.credit > 0)}">
        <figure class="receipt-qris"><img src="<c:url value='/qris'/>" alt="QRIS"><figcaption><fmt:message key="receipt.qris"/></figcaption></figure>
    </c:if>
    <footer><c:out value="${store.footer()}"/></footer>
</article>
<script src="<c:url value='/static/js/paper.js'/>"></script>
<script src="<c:url value='/static/js/receipt.js'/>"></script>
</t:layout>
