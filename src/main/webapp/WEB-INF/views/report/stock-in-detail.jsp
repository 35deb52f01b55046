<fmt:message key="report.stockIn.detail" var="title"/>
<t:layout title="${title}" active="laporan">
<div class="page-head">
    <h1 class="page-title"><c:out value="${title}"/></h1>
    <div class="page-actions"><a class="btn" href="<c:url value='/laporan/masuk'/>"><fmt:message key="common.back"/></a>
        <a class="btn" id="return-stock-in" href="<c:url value='/retur/pembelian'><c:param name='id' value='${stockIn.id}'/></c:url>"><fmt:message key="return.purchase.title"/></a></div>
</div>
<p class="muted"><c:out value="${stockIn.reference}"/> · <c:out value="${cermin:dateTime(stockIn.receivedAt)}"/><c:if test="${not empty stockIn.supplier}"> · <c:out value="${stockIn.supplier}"/></c:if>
    · <c:choose><c:when test="${stockIn.creditDays > 0}"><fmt:message key="stockin.onCredit"><fmt:param value="${stockIn.creditDays}"/></fmt:message></c:when><c:otherwise><fmt:message key="stockin.paidNow"/></c:otherwise></c:choose></p>
<div class="table-wrap">
<table class="data">
    <thead><tr>
        <th><fmt:message key="product.name"/></th>
        <th class="num"><fmt:message key="kasir.qty"/></th>
        <th class="num"><fmt:message key="stockin.unitCost"/></th>
        <th class="num"><fmt:message key="kasir.subtotal"/></th>
    </tr></thead>
    <tbody>
    <c:forEach items="${stockIn.lines}" var="line">
        <tr>
            <td><c:out value="${line.productName}"/></td>
            <td class="num"><c:out value="${cermin:qty(line.quantity) += ' ' += line.unitCode}"/></td>
            <td class="num money"><c:out value="${cermin:rupiah(line.unitCost)}"/></td>
            <td class="num money"><c:out value="${cermin:rupiah(line.lineTotal)}"/></td>
        </tr>
    </c:forEach>
    </tbody>
</table>
</div>
<%@ include file="/WEB-INF/views/returns/purchase-returns.jspf" %>
</t:layout>
