<fmt:message key="return.receipt" var="title"/>
<t:layout title="${title}" active="laporan">
<div class="receipt-tools no-print">
    <a class="btn" href="<c:url value='/laporan/keluar/detail'><c:param name='id' value='${sale.id}'/></c:url>"><fmt:message key="common.back"/></a>
    <button type="button" class="btn btn-primary" id="print-receipt"><fmt:message key="receipt.print"/></button>
    <label><fmt:message key="receipt.paper"/>
        <select id="paper">
            <option value="paper-58">58 mm</option>
            <option value="paper-80">80 mm</option>
            <option value="paper-a4">A4</option>
        </select>
    </label>
</div>
<article class="receipt paper-58" id="receipt">
    <header>
        <h1><c:out value="${store.name()}"/></h1>
        <c:if test="${not empty store.address()}"><p><c:out value="${store.address()}"/></p></c:if>
        <p class="receipt-copy"><fmt:message key="return.receipt"/></p>
    </header>
    <p class="receipt-meta">
        <span id="return-reference"><c:out value="${saleReturn.reference}"/></span>
        <span><c:out value="${cermin:dateTime(saleReturn.returnedAt)}"/></span>
        <span><fmt:message key="return.ofSale"/>: <c:out value="${sale.receiptNo}"/></span>
        <span><fmt:message key="receipt.cashier"/>: <c:out value="${returnedBy}"/></span>
    </p>
    <table class="receipt-lines">
        <c:forEach items="${saleReturn.lines}" var="line">
            <tr><td colspan="2" class="item"><c:out value="${line.productName}"/></td></tr>
            <tr>
                <td class="qty"><c:out value="${cermin:qty(line.quantity) += ' ' += line.unitCode += ' × ' += cermin:rupiah(line.unitPrice)}"/></td>
                <td class="num"><c:out value="${cermin:rupiah(line.lineTotal)}"/></td>
            </tr>
        </c:forEach>
    </table>
    <table class="receipt-totals">
        <tr><td><fmt:message key="return.refund"/> (<fmt:message key="return.settlement.${saleReturn.settlement}"/>)</td><td class="num" id="return-refund"><c:out value="${cermin:rupiah(saleReturn.refund)}"/></td></tr>
    </table>
    <footer><fmt:message key="return.reason"/>: <c:out value="${saleReturn.reason}"/><c:if test="${not saleReturn.restocked}"> · <fmt:message key="return.notRestocked"/></c:if></footer>
</article>
<script src="<c:url value='/static/js/paper.js'/>"></script>
</t:layout>
