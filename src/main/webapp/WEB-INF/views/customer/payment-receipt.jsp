<fmt:message key="payment.receipt" var="title"/>
<t:layout title="${title}" active="pelanggan">
<div class="receipt-tools no-print">
    <a class="btn btn-primary" id="back-to-statement" autofocus href="<c:url value='/pelanggan/rekening'><c:param name='id' value='${customer.id}'/></c:url>"><fmt:message key="customer.statement"/></a>
    <button type="button" class="btn" id="print-report"><fmt:message key="receipt.print"/></button>
</div>
<article class="receipt paper-80" id="receipt">
    <header>
        <h1><c:out value="${store.name()}"/></h1>
        <c:if test="${not empty store.address()}"><p><c:out value="${store.address()}"/></p></c:if>
        <c:if test="${not empty store.phone()}"><p><c:out value="${store.phone()}"/></p></c:if>
    </header>
    <p class="receipt-meta">
        <strong><c:out value="${title}"/></strong>
        <span><c:out value="${payment.receiptNo}"/></span>
        <span><c:out value="${cermin:dateTime(payment.paidAt)}"/></span>
        <span><fmt:message key="receipt.cashier"/>: <c:out value="${cashier}"/></span>
        <span><fmt:message key="receipt.customer"/>: <c:out value="${customer.name}"/></span>
    </p>
    <table class="receipt-totals">
        <fmt:message key="method.${payment.method}" var="methodName"/>
        <tr><td><c:out value="${methodName} ${payment.reference}"/></td>
            <td class="num" id="payment-amount"><c:out value="${cermin:rupiah(payment.amount)}"/></td></tr>
        <tr><td><fmt:message key="receipt.owed"/></td><td class="num" id="payment-owed"><c:out value="${cermin:rupiah(owed)}"/></td></tr>
    </table>
    <c:if test="${not empty open}">
        <p><fmt:message key="statement.open"/></p>
        <table class="receipt-lines">
            <c:forEach items="${open}" var="b">
                <tr><td><c:out value="${b.receiptNo()}"/></td><td class="num"><c:out value="${cermin:rupiah(b.outstanding())}"/></td></tr>
            </c:forEach>
        </table>
    </c:if>
    <footer><c:out value="${store.footer()}"/></footer>
</article>
<script src="<c:url value='/static/js/print.js'/>"></script>
</t:layout>
