<fmt:message key="shift.report" var="title"/>
<t:layout title="${title}" active="shift">
<c:set var="r" value="${report}"/>
<div class="receipt-tools no-print">
    <a class="btn" href="<c:url value='/kasir/shift'/>" id="new-sale"><fmt:message key="common.back"/></a>
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
        <p><fmt:message key="shift.report"/></p>
    </header>
    <p class="receipt-meta">
        <span><fmt:message key="receipt.cashier"/>: <c:out value="${r.cashier()}"/></span>
        <span><fmt:message key="shift.openedAt"/>: <c:out value="${cermin:dateTime(r.shift().openedAt)}"/></span>
        <span><fmt:message key="shift.closedAt"/>: <c:choose><c:when test="${r.closed}"><c:out value="${cermin:dateTime(r.endedAt())}"/> (<c:out value="${r.closedBy()}"/>)</c:when><c:otherwise><fmt:message key="shift.isOpen"/></c:otherwise></c:choose></span>
    </p>
    <table class="receipt-lines" id="shift-takings">
        <tr><td colspan="2" class="item"><fmt:message key="shift.byMethod"/></td></tr>
        <c:forEach items="${r.takings()}" var="t">
            <tr><td class="what"><fmt:message key="method.${t.method()}"/> (<c:out value="${t.sales()}"/>)</td><td class="num"><c:out value="${cermin:rupiah(t.total())}"/></td></tr>
        </c:forEach>
        <c:if test="${empty r.takings()}"><tr><td class="qty" colspan="2"><fmt:message key="shift.noSales"/></td></tr></c:if>
        <c:if test="${r.voided() > 0}"><tr><td class="what"><fmt:message key="shift.voided"/></td><td class="num"><c:out value="${r.voided()}"/></td></tr></c:if>
    </table>
    <table class="receipt-lines" id="shift-cash">
        <tr><td colspan="2" class="item"><fmt:message key="shift.cashDrawer"/></td></tr>
        <tr><td class="what"><fmt:message key="shift.openingCash"/></td><td class="num"><c:out value="${cermin:rupiah(r.shift().openingCash)}"/></td></tr>
        <tr><td class="what"><fmt:message key="shift.cashReceived"/></td><td class="num" id="cash-received"><c:out value="${cermin:rupiah(r.cashReceived())}"/></td></tr>
        <tr><td class="what"><fmt:message key="kasir.change"/></td><td class="num" id="change-given"><c:out value="${cermin:rupiah(-r.changeGiven())}"/></td></tr>
        <c:if test="${r.bonPaymentsCash() != 0}"><tr><td class="what"><fmt:message key="shift.bonPaymentsCash"/></td><td class="num" id="bon-payments-cash"><c:out value="${cermin:rupiah(r.bonPaymentsCash())}"/></td></tr></c:if>
        <c:forEach items="${r.moves()}" var="m">
            <tr><td class="what"><fmt:message key="shift.cash.${m.direction}"/>: <c:out value="${m.reason}"/></td><td class="num"><c:out value="${cermin:rupiah(m.signedAmount())}"/></td></tr>
        </c:forEach>
        <c:if test="${r.refunds() > 0}"><tr><td class="what"><fmt:message key="shift.refunds"><fmt:param value="${r.refundCount()}"/></fmt:message></td><td class="num"><c:out value="${cermin:rupiah(-r.refunds())}"/></td></tr></c:if>
    </table>
    <table class="receipt-totals">
        <tr><td><fmt:message key="shift.expected"/></td><td class="num" id="report-expected"><c:out value="${cermin:rupiah(r.expectedCash())}"/></td></tr>
        <c:if test="${r.closed}">
            <tr><td><fmt:message key="shift.counted"/></td><td class="num" id="report-counted"><c:out value="${cermin:rupiah(r.close().countedCash)}"/></td></tr>
            <tr><td><fmt:message key="shift.difference"/></td><td class="num" id="report-difference"><c:out value="${cermin:rupiah(r.difference())}"/></td></tr>
        </c:if>
    </table>
    <c:if test="${r.closed and not empty r.close().note}"><footer><c:out value="${r.close().note}"/></footer></c:if>
</article>
<script src="<c:url value='/static/js/paper.js'/>"></script>
</t:layout>
