<fmt:message key="report.detail" var="title"/>
<t:layout title="${title}" active="laporan">
<div class="page-head">
    <h1 class="page-title"><c:out value="${title}"/> <c:out value="${sale.receiptNo}"/></h1>
    <div class="page-actions"><a class="btn" href="<c:url value='/laporan/keluar'/>"><fmt:message key="common.back"/></a>
        <a class="btn" id="reprint" href="<c:url value='/kasir/nota'><c:param name='id' value='${sale.id}'/><c:param name='salinan' value='1'/></c:url>"><fmt:message key="receipt.reprint"/></a>
        <a class="btn" id="return-sale" href="<c:url value='/retur/penjualan'><c:param name='id' value='${sale.id}'/></c:url>"><fmt:message key="return.sale.title"/></a></div>
</div>
<p><c:out value="${cermin:dateTime(sale.soldAt)}"/></p>
<div class="table-wrap">
<table class="data">
    <thead><tr>
        <th><fmt:message key="product.name"/></th>
        <th class="num"><fmt:message key="kasir.qty"/></th>
        <th class="num"><fmt:message key="kasir.price"/></th>
        <th class="num"><fmt:message key="product.costPrice"/></th>
        <th class="num"><fmt:message key="kasir.subtotal"/></th>
    </tr></thead>
    <tbody>
    <c:forEach items="${sale.lines}" var="line">
        <tr>
            <td><c:out value="${line.productName}"/></td>
            <td class="num"><c:out value="${cermin:qty(line.quantity) += ' ' += line.unitCode}"/></td>
            <td class="num money"><c:out value="${cermin:rupiah(line.unitPrice)}"/></td>
            <td class="num money"><c:out value="${cermin:rupiah(line.unitCost)}"/></td>
            <td class="num money"><c:out value="${cermin:rupiah(line.lineTotal)}"/></td>
        </tr>
    </c:forEach>
    </tbody>
    <tfoot>
        <tr><th colspan="4"><fmt:message key="kasir.total"/></th><th class="num money"><c:out value="${cermin:rupiah(sale.total)}"/></th></tr>
        <tr><th colspan="4"><fmt:message key="kasir.paid"/></th><th class="num money"><c:out value="${cermin:rupiah(sale.paid)}"/></th></tr>
        <tr><th colspan="4"><fmt:message key="kasir.change"/></th><th class="num money"><c:out value="${cermin:rupiah(sale.changeDue)}"/></th></tr>
    </tfoot>
</table>
</div>
<%@ include file="/WEB-INF/views/returns/sale-returns.jspf" %>
</t:layout>
