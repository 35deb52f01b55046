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
    </p>
    <table class="receipt-lines">
        <c:forEach items="${sale.lines}" var="line">
            <tr><td colspan="2" class="item"><c:out value="${line.productName}"/></td></tr>
            <tr>
                <td class="qty"><c:out value="${cermin:qty(line.quantity) += ' ' += line.unitCode += ' × ' += cermin:rupiah(line.unitPrice)}"/></td>
                <td class="num"><c:out value="${cermin:rupiah(line.lineTotal)}"/></td>
            </tr>
        </c:forEach>
    </table>
    <table class="receipt-totals">
        <tr><td><fmt:message key="kasir.total"/></td><td class="num"><c:out value="${cermin:rupiah(sale.total)}"/></td></tr>
        <tr><td><fmt:message key="kasir.paid"/></td><td class="num"><c:out value="${cermin:rupiah(sale.paid)}"/></td></tr>
        <tr><td><fmt:message key="kasir.change"/></td><td class="num"><c:out value="${cermin:rupiah(sale.changeDue)}"/></td></tr>
    </table>
    <footer><c:out value="${store.footer()}"/></footer>
</article>
<script src="<c:url value='/static/js/paper.js'/>"></script>
<script src="<c:url value='/static/js/receipt.js'/>"></script>
</t:layout>
